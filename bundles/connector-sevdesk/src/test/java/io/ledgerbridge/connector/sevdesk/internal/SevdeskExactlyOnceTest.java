package io.ledgerbridge.connector.sevdesk.internal;

import static io.ledgerbridge.connector.sevdesk.internal.Documents.anna;
import static io.ledgerbridge.connector.sevdesk.internal.Documents.finalized;
import static io.ledgerbridge.connector.sevdesk.internal.Documents.invoice;
import static io.ledgerbridge.connector.sevdesk.internal.Documents.paid;
import static io.ledgerbridge.connector.sevdesk.internal.Documents.retryAfterUncertainAttempt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.SevdeskSimulator;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Exactly once after uncertain attempts, the mapping of every error, payments, and what is not supported. */
class SevdeskExactlyOnceTest extends SimulatorFixture {

    @AfterEach
    void noDuplicates() {
        assertEquals(Map.of(), sevdesk.control().duplicates(), "0 duplicates");
    }

    @Test
    void afterAnUncertainAttemptTheInvoiceIsLookedUpByNumberBeforeCreating() {
        String first = delivered(connector().export(context, finalized(invoice("d1", "RE-1", anna()))));
        context.memory().remove(InvoiceExport.INVOICE + "d1"); // the attempt crashed before remembering its invoice
        String again =
                delivered(connector().export(context, retryAfterUncertainAttempt(invoice("d1", "RE-1", anna()))));
        assertEquals(first, again);
        assertEquals(1, sevdesk.control().createCount(SevdeskSimulator.INVOICE_NUMBER, "RE-1"));
    }

    @Test
    void aRememberedInvoiceIsNeverCreatedAgainAndLeavesDraftOnTheRetry() {
        sevdesk.control().inject(Fault.status(503).onPath("/Invoice").onMethod("PUT"));
        Outcome.Failed failed = assertInstanceOf(
                Outcome.Failed.class, connector().export(context, finalized(invoice("d1", "RE-1", anna()))));
        assertEquals(FailureKind.UNAVAILABLE, failed.kind());
        String id = delivered(connector().export(context, finalized(invoice("d1", "RE-1", anna()))));
        assertEquals("200", storedInvoice(id).get("status"));
        assertEquals(1, sevdesk.control().createCount(SevdeskSimulator.INVOICE_NUMBER, "RE-1"));
    }

    @Test
    void aContactCreatedByALostAttemptIsFoundByCustomerNumberOrEmail() {
        delivered(connector().export(context, finalized(invoice("d1", "RE-1", anna()))));
        FakeContext forgetful = tokenContext(SevdeskSimulator.SANDBOX_TOKEN);
        delivered(connector().export(forgetful, retryAfterUncertainAttempt(invoice("d2", "RE-2", anna()))));
        Party withoutNumber =
                new Party("ben@example.com", null, null, "Ben", "Bauer", null, null, null, "DE", null, null, null);
        delivered(connector().export(context, finalized(invoice("d3", "RE-3", withoutNumber))));
        delivered(connector()
                .export(
                        tokenContext(SevdeskSimulator.SANDBOX_TOKEN),
                        retryAfterUncertainAttempt(invoice("d4", "RE-4", withoutNumber))));
        assertEquals(2, stored("Contact").size());
    }

    @Test
    void twoInvoicesOfANewCustomerAtOnceCreateOneContact() throws Exception {
        SevdeskConnector connector = connector();
        sevdesk.control().setLatency(Duration.ofMillis(30));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Outcome> one =
                    pool.submit(() -> connector.export(context, finalized(invoice("d1", "RE-1", anna()))));
            Future<Outcome> two =
                    pool.submit(() -> connector.export(context, finalized(invoice("d2", "RE-2", anna()))));
            delivered(one.get(30, TimeUnit.SECONDS));
            delivered(two.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, stored("Contact").size());
    }

    @Test
    void aContactDeletedInSevdeskIsCreatedAgain() {
        context.memory().put("contact.customer.K-1001", "987654");
        String id = delivered(connector().export(context, finalized(invoice("d1", "RE-1", anna()))));
        String contact = refId(storedInvoice(id), "contact");
        assertEquals(contact, context.memory().get("contact.customer.K-1001"));
    }

    @Test
    void anInvalidTokenPausesAtOnceWithoutHammering() {
        sevdesk.control().clearRequests();
        Outcome.Failed auth = (Outcome.Failed) connector()
                .export(tokenContext("ffffffffffffffffffffffffffffffff"), finalized(invoice("d1", "RE-1", anna())));
        assertEquals(FailureKind.AUTH, auth.kind());
        assertTrue(auth.kind().pausesConnection());
        assertTrue(auth.message().startsWith("the sevdesk API token is invalid or was regenerated"), auth.message());
        assertEquals(1, sevdesk.control().requests().size(), "stops at the first 401");
        assertEquals(
                FailureKind.CONFIGURATION,
                ((Outcome.Failed) connector().export(tokenContext(null), finalized(invoice("d1", "RE-1", anna()))))
                        .kind());
    }

    @Test
    void everyErrorIsTyped() {
        sevdesk.setPlanLacksApi(true);
        assertEquals(FailureKind.PERMISSION, failure("d0").kind());
        sevdesk.setPlanLacksApi(false);
        sevdesk.control()
                .inject(Fault.status(422, "Invalid taxRule 1 for this account").onPath("/Invoice/Factory"));
        Outcome.Failed rejected = failure("d1");
        assertEquals(FailureKind.VALIDATION, rejected.kind());
        assertTrue(
                rejected.message().startsWith("sevdesk rejected it: ")
                        && rejected.message().contains("Invalid taxRule 1 for this account"),
                rejected.message());
        sevdesk.control().inject(Fault.status(429).onPath("/Invoice/Factory"));
        assertEquals(FailureKind.RATE_LIMITED, failure("d2").kind());
        sevdesk.control().inject(Fault.status(500).onPath("/Invoice/Factory"));
        Outcome.Failed serverError = failure("d3");
        assertEquals(FailureKind.UNAVAILABLE, serverError.kind());
        assertTrue(serverError.message().startsWith("sevdesk unreachable (server error)"), serverError.message());
        sevdesk.control().inject(Fault.timeout(Duration.ofSeconds(3)).onPath("/Invoice/Factory"));
        assertEquals(FailureKind.UNAVAILABLE, failure("d4").kind());
        Party nowhere =
                new Party("x@example.com", null, null, "X", "Y", "Street 1", "1", "Atlantis", "QQ", null, null, null);
        Outcome.Failed country =
                (Outcome.Failed) connector().export(context, finalized(invoice("d5", "RE-5", nowhere)));
        assertEquals(FailureKind.VALIDATION, country.kind());
        assertEquals("sevdesk does not know the customer's country 'QQ'", country.message());
    }

    private Outcome.Failed failure(String documentId) {
        return assertInstanceOf(
                Outcome.Failed.class,
                connector().export(context, finalized(invoice(documentId, "RE-" + documentId, anna()))));
    }

    @Test
    void aPaymentIsBookedOnceOnThePaymentAccount() {
        SevdeskConnector connector = connector(settings("5000", false, "VPDF"));
        Document doc = invoice("d1", "RE-1", anna());
        String id = delivered(connector.export(context, finalized(doc)));
        assertEquals(id, delivered(connector.export(context, paid(doc))));
        assertEquals("1000", storedInvoice(id).get("status"));
        Map<String, Object> booking = stored("InvoiceLog").get(0);
        assertEquals("133.88", booking.get("ammountPayed"));
        assertEquals(id, refId(booking, "invoice"));
        assertEquals(id, delivered(connector.export(context, paid(doc))), "a repeated payment update");
        assertEquals(1, stored("InvoiceLog").size(), "booked once");
    }

    @Test
    void aPaymentOfAnInvoiceSevdeskLacksExportsItFirst() {
        String id = delivered(
                connector(settings("5000", false, "VPDF")).export(context, paid(invoice("d1", "RE-1", anna()))));
        assertEquals("1000", storedInvoice(id).get("status"));
    }

    @Test
    void withoutAPaymentAccountThePaymentIsSkippedWithWhatToSet() {
        SevdeskConnector connector = connector();
        Document doc = invoice("d1", "RE-1", anna());
        delivered(connector.export(context, finalized(doc)));
        Outcome.Unsupported skipped = assertInstanceOf(Outcome.Unsupported.class, connector.export(context, paid(doc)));
        assertTrue(skipped.message().contains("set 'Payment account for paid invoices'"), skipped.message());
        assertEquals(0, stored("InvoiceLog").size());
    }

    @Test
    void aDraftCannotBeBookedAndSaysSo() {
        SevdeskConnector drafts = connector(settings("5000", false, SevdeskSettings.KEEP_DRAFT));
        Document doc = invoice("d1", "RE-1", anna());
        String id = delivered(drafts.export(context, finalized(doc)));
        assertEquals("100", storedInvoice(id).get("status"), "kept as draft");
        Outcome.Failed draft = (Outcome.Failed) drafts.export(context, paid(doc));
        assertEquals(FailureKind.VALIDATION, draft.kind());
        assertTrue(draft.message().contains("is still a draft in sevdesk"), draft.message());
    }

    @Test
    void creditNotesAndIssuedReceiptsAreSkippedWithAReason() {
        sevdesk.control().clearRequests();
        for (DocumentType type :
                new DocumentType[] {DocumentType.CREDIT_NOTE, DocumentType.RECEIPT, DocumentType.OTHER}) {
            Document doc = Documents.document("d-" + type, type, "X-1", anna(), Documents.puppyCourse());
            Outcome.Unsupported skipped =
                    assertInstanceOf(Outcome.Unsupported.class, connector().export(context, finalized(doc)));
            assertTrue(
                    skipped.message().startsWith("sevdesk: ")
                            && skipped.message().contains("not supported"),
                    skipped.message());
        }
        Outcome.Unsupported incoming = assertInstanceOf(
                Outcome.Unsupported.class,
                connector().export(context, finalized(Documents.incoming(invoice("d9", "ER-9", anna())))));
        assertEquals(ReceiptExport.NOT_CONFIGURED, incoming.message(), "a supplier invoice needs a booking account");
        assertTrue(sevdesk.control().requests().isEmpty());
    }
}
