package io.ledgerbridge.connector.billomat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.sandbox.BillomatSimulator;
import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The invoice target end to end against the simulator: customer matching, numbering, payments, exactly once. */
class InvoiceExportTest {
    private final BillomatSimulator billomat = BillomatSimulator.start(0);
    private final BillomatConnector connector = Configs.connector(Configs.sandbox(billomat.rootUrl()));
    private final FakeContext context = Configs.context(BillomatSimulator.SANDBOX_API_KEY);

    @AfterEach
    void stop() {
        connector.deactivate();
        billomat.close();
    }

    private List<Map<String, Object>> invoices() {
        return billomat.control().snapshot("invoices");
    }

    private List<String> calls() {
        return billomat.control().requests().stream()
                .map(r -> r.method() + " " + r.path().replace("/sandbox/api", ""))
                .toList();
    }

    /** Completed: OPEN, or OVERDUE once the due date has passed (the test documents are dated November 2026). */
    private static void assertCompleted(Map<String, Object> invoice) {
        assertTrue(Set.of("OPEN", "OVERDUE").contains(invoice.get("status")), "completed: " + invoice);
    }

    @Test
    void exportsTheCustomerAndACompletedInvoiceCarryingTheDocumentsNumber() {
        Outcome outcome = connector.export(context, Documents.finalized(Documents.invoice("d1", "RE-2026-0042")));
        Outcome.Delivered delivered = assertInstanceOf(Outcome.Delivered.class, outcome);
        Map<String, Object> invoice = invoices().get(0);
        assertEquals(delivered.remoteId(), invoice.get("id"));
        assertCompleted(invoice);
        assertEquals("RE-2026-0042", invoice.get("invoice_number"));
        assertEquals("129.70", invoice.get("total_gross"));
        assertEquals("2026-11-16", invoice.get("due_date"));
        assertEquals(
                "Hundeschule Bello",
                billomat.control().snapshot("clients").get(0).get("name"));
        assertEquals(List.of("GET /clients", "POST /clients", "POST /invoices", "PUT /invoices/1/complete"), calls());
        assertNotNull(delivered.rateLimit(), "every outcome carries Billomat's rate-limit state");
        assertEquals(296, delivered.rateLimit().remaining());
    }

    @Test
    void aKnownCustomerNumberCostsNoCallAndEmailsAreComparedExactly() {
        billomat.control().reset();
        connector.export(
                context,
                Documents.finalized(Documents.invoice("d0", "RE-100", Documents.party(null, "hanna@example.com"))));
        connector.export(
                context,
                Documents.finalized(Documents.invoice("d1", "RE-101", Documents.party("K-1", "anna@example.com"))));
        assertEquals(2, billomat.control().snapshot("clients").size(), "hanna@ contains anna@ but is not anna@");
        billomat.control().clearRequests();
        connector.export(
                context,
                Documents.finalized(Documents.invoice("d2", "RE-102", Documents.party("K-1", "anna@example.com"))));
        assertEquals(List.of("POST /invoices", "PUT /invoices/3/complete"), calls(), "the customer number is known");
        connector.export(
                context,
                Documents.finalized(Documents.invoice("d3", "RE-103", Documents.party("K-9", " Anna@Example.com "))));
        assertEquals(2, billomat.control().snapshot("clients").size(), "found by its e-mail address");
        assertEquals(
                billomat.control().snapshot("clients").get(1).get("id"),
                invoices().get(3).get("client_id"));
    }

    @Test
    void twoInvoicesOfOneNewCustomerExportedAtOnceCreateOneClient() throws Exception {
        billomat.control().setLatency(Duration.ofMillis(100));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> outcomes = pool.invokeAll(List.of(
                    () -> connector.export(
                            context,
                            Documents.finalized(
                                    Documents.invoice("d1", "RE-201", Documents.party("K-7", "new@example.com")))),
                    () -> connector.export(
                            context,
                            Documents.finalized(
                                    Documents.invoice("d2", "RE-202", Documents.party("K-7", "new@example.com"))))));
            for (Future<Outcome> outcome : outcomes) {
                assertInstanceOf(Outcome.Delivered.class, outcome.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, billomat.control().snapshot("clients").size());
        assertEquals(2, invoices().size());
    }

    @Test
    void aPaymentMarksTheExportedInvoicePaidOnce() {
        Document document = Documents.invoice("d1", "RE-7");
        connector.export(context, Documents.finalized(document));
        Outcome paid = connector.export(context, Documents.paid(document, false));
        assertInstanceOf(Outcome.Delivered.class, paid);
        assertEquals("PAID", invoices().get(0).get("status"));
        billomat.control().clearRequests();
        assertInstanceOf(Outcome.Delivered.class, connector.export(context, Documents.paid(document, false)));
        assertEquals(List.of(), calls(), "remembered as paid: no call");
        connector.export(context, Documents.paid(document, true));
        connector.export(Configs.context(BillomatSimulator.SANDBOX_API_KEY), Documents.paid(document, true));
        assertEquals(1, billomat.control().snapshot("invoice-payments").size());
        assertEquals(
                "129.70", billomat.control().snapshot("invoice-payments").get(0).get("amount"));
    }

    @Test
    void aPaidDocumentNeverExportedBeforeIsCreatedCompletedAndPaid() {
        Outcome outcome = connector.export(context, Documents.paid(Documents.invoice("d5", "RE-5"), false));
        assertInstanceOf(Outcome.Delivered.class, outcome);
        assertEquals("PAID", invoices().get(0).get("status"));
        assertEquals("RE-5", invoices().get(0).get("invoice_number"));
    }

    @Test
    void anInterruptedExportIsResumedFromMemoryWithoutDuplicates() {
        Document document = Documents.invoice("d1", "RE-2026-0001");
        billomat.control().inject(Fault.status(503).onPath("/invoices/").onMethod("PUT"));
        Outcome first = connector.export(context, Documents.finalized(document));
        assertEquals(FailureKind.UNAVAILABLE, ((Outcome.Failed) first).kind());
        assertEquals("DRAFT", invoices().get(0).get("status"));
        assertInstanceOf(Outcome.Delivered.class, connector.export(context, Documents.retry(document)));
        assertCompleted(invoices().get(0));
        assertEquals(1, invoices().size());
    }

    @Test
    void afterAnUncertainAttemptTheInvoiceIsLookedUpByItsNumberBeforeCreating() {
        Document document = Documents.invoice("d1", "RE-2026-0002");
        billomat.control().inject(Fault.status(503).onPath("/invoices/").onMethod("PUT"));
        connector.export(context, Documents.finalized(document));
        // the memory of that attempt was lost (a crash before it was written): the draft is found by its number
        FakeContext afterCrash = Configs.context(BillomatSimulator.SANDBOX_API_KEY);
        assertInstanceOf(Outcome.Delivered.class, connector.export(afterCrash, Documents.retry(document)));
        assertCompleted(invoices().get(0));
        // and once completed, by its invoice number
        assertInstanceOf(
                Outcome.Delivered.class,
                connector.export(Configs.context(BillomatSimulator.SANDBOX_API_KEY), Documents.retry(document)));
        assertEquals(1, invoices().size());
        assertEquals(1, billomat.control().createCount(BillomatSimulator.INVOICE_NUMBER, "RE-2026-0002"));
        assertTrue(
                billomat.control().duplicates().isEmpty(),
                "0 duplicates: " + billomat.control().duplicates());
    }

    @Test
    void whatBillomatCannotTakeIsSkippedOrFailedWithAReason() {
        Document receipt =
                Documents.with(Documents.invoice("r1", "B-1"), DocumentType.RECEIPT, Direction.INCOMING, List.of());
        Outcome.Unsupported unsupported =
                assertInstanceOf(Outcome.Unsupported.class, connector.export(context, Documents.finalized(receipt)));
        assertTrue(unsupported.message().contains("Inbox document"), unsupported.message());
        Outcome.Failed noDigits = assertInstanceOf(
                Outcome.Failed.class,
                connector.export(context, Documents.finalized(Documents.invoice("d2", "RE-ABC"))));
        assertEquals(FailureKind.VALIDATION, noDigits.kind());
        assertTrue(billomat.control().requests().isEmpty(), "nothing was sent: " + calls());
    }

    @Test
    void documentsImportedFromThisAccountAreNotSentBack() {
        Document imported = Documents.invoice("d1", "RE-1");
        imported = new Document(
                imported.id(),
                imported.tenantId(),
                "billomat:sandbox:17",
                imported.source(),
                imported.type(),
                imported.direction(),
                imported.number(),
                imported.issueDate(),
                imported.deliveryDate(),
                imported.dueDate(),
                imported.currency(),
                imported.lines(),
                imported.totals(),
                imported.party(),
                imported.tags(),
                imported.attachments(),
                imported.state(),
                imported.createdAt(),
                imported.updatedAt());
        assertInstanceOf(Outcome.Unsupported.class, connector.export(context, Documents.finalized(imported)));
        assertTrue(billomat.control().requests().isEmpty());
    }

    @Test
    void failuresAreTypedAndCarryTheRateLimitState() {
        BillomatConnector wrongId = Configs.connector(Configs.sandbox(billomat.rootUrl(), "billomatId", "nobody"));
        try {
            Outcome.Failed unknown = assertInstanceOf(
                    Outcome.Failed.class,
                    wrongId.export(context, Documents.finalized(Documents.invoice("d1", "RE-1"))));
            assertEquals(FailureKind.CONFIGURATION, unknown.kind());
        } finally {
            wrongId.deactivate();
        }
        Outcome.Failed noKey = assertInstanceOf(
                Outcome.Failed.class,
                connector.export(Configs.context(null), Documents.finalized(Documents.invoice("d1", "RE-1"))));
        assertEquals(FailureKind.CONFIGURATION, noKey.kind());
        Outcome.Failed wrongKey = assertInstanceOf(
                Outcome.Failed.class,
                connector.export(Configs.context("nope"), Documents.finalized(Documents.invoice("d1", "RE-1"))));
        assertEquals(FailureKind.AUTH, wrongKey.kind());
        assertNotNull(wrongKey.rateLimit());
        List<RecordedRequest> log = billomat.control().requests();
        assertEquals(401, log.get(log.size() - 1).status());
    }
}
