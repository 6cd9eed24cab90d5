package io.ledgerbridge.connector.onecockpit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.tck.Documents;
import io.ledgerbridge.model.ApprovalState;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentState;
import io.ledgerbridge.model.DocumentStatus;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.PaymentStatus;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.sandbox.OneCockpitSimulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invoices with their customers in OneCockpit: upserted, followed when paid or cancelled, never twice. */
class InvoiceExportTest extends SimulatorFixture {
    private static final Party CUSTOMER = new Party(
            "Anna.Muster@Hundeschule.example",
            "Hundeschule Muster",
            "Dr.",
            "Anna",
            "Muster",
            "Hauptstr. 1",
            "10115",
            "Berlin",
            "DE",
            "+49 30 123456",
            "DE123456789",
            "K-1001");

    @Test
    void theInvoiceCarriesItsCustomerWithEveryFieldInvoizSends() {
        Document doc = Documents.invoice("RE-1").party(CUSTOMER).build();
        String id = delivered(connector().export(context, finalized(doc)));
        Map<String, Object> customer = only(stored("customers"));
        assertEquals("anna.muster@hundeschule.example", customer.get("email"));
        assertEquals("Hundeschule Muster", customer.get("company"));
        assertEquals("Dr.", customer.get("title"));
        assertEquals("Anna", customer.get("firstName"));
        assertEquals("Muster", customer.get("lastName"));
        assertEquals("Hauptstr. 1", customer.get("street"));
        assertEquals("10115", customer.get("zip"));
        assertEquals("Berlin", customer.get("city"));
        assertEquals("DE", customer.get("country"));
        assertEquals("+49 30 123456", customer.get("phone"));
        Map<String, Object> invoice = only(stored("invoices"));
        assertEquals(id, String.valueOf(invoice.get("id")));
        assertEquals("RE-1", invoice.get("invoiceNumber"));
        assertEquals("anna.muster@hundeschule.example", invoice.get("customerEmail"));
        assertEquals(doc.totals().gross().setScale(2).toPlainString(), invoice.get("amount"));
        assertEquals("EUR", invoice.get("currency"));
        assertEquals(doc.issueDate().toString(), invoice.get("date"));
        assertEquals("open", invoice.get("status"));
        assertEquals("ledgerbridge", invoice.get("source"));
    }

    @Test
    void aCustomerIsUpsertedByEmailAndKeepsWhatTheErpLeavesEmpty() {
        OneCockpitConnector connector = connector();
        delivered(connector.export(
                context, finalized(Documents.invoice("RE-1").party(CUSTOMER).build())));
        Party moved = new Party(
                "anna.muster@hundeschule.example",
                "Hundeschule Muster",
                null,
                "Anna",
                "Muster",
                "Marktplatz 5",
                "80331",
                "München",
                "DE",
                null,
                null,
                "K-1001");
        delivered(connector.export(
                context, finalized(Documents.invoice("RE-2").party(moved).build())));
        Map<String, Object> customer = only(stored("customers"));
        assertEquals("München", customer.get("city"));
        assertEquals("Dr.", customer.get("title"), "a title the ERP no longer sends stays");
        assertEquals("+49 30 123456", customer.get("phone"));
        assertEquals(
                1,
                onecockpit
                        .control()
                        .createCount(OneCockpitSimulator.CUSTOMER_EMAIL, "anna.muster@hundeschule.example"));
        assertEquals(2, stored("invoices").size());
    }

    @Test
    void theInvoiceLinksBackToTheErpWhenTheErpSentItsAddress() {
        Document linked = Documents.invoice("RE-URL")
                .sourceUrl("https://erp.example.com/invoices/42")
                .build();
        delivered(connector().export(context, finalized(linked)));
        assertEquals(
                "https://erp.example.com/invoices/42", only(stored("invoices")).get("url"));
    }

    @Test
    void aPaymentUpdatesTheSameInvoice() {
        OneCockpitConnector connector = connector();
        Document doc = Documents.invoice("RE-1").build();
        String id = delivered(connector.export(context, finalized(doc)));
        Document paid = doc.withState(state(DocumentStatus.FINALIZED, PaymentStatus.PAID), doc.updatedAt());
        assertEquals(id, delivered(connector.export(context, update(paid, LifecycleEvent.PAID))));
        assertEquals("paid", only(stored("invoices")).get("status"));
        assertEquals(amount(doc), only(stored("customers")).get("customerValue"));
        assertEquals(1, onecockpit.control().createCount(OneCockpitSimulator.INVOICE_NUMBER, "RE-1"));
    }

    /** The platform cancels open invoices only (a paid one needs a credit note). */
    @Test
    void aCancellationUpdatesTheSameInvoiceWhichLeavesTheCustomerValue() {
        OneCockpitConnector connector = connector();
        Document doc = Documents.invoice("RE-1").build();
        String id = delivered(connector.export(context, finalized(doc)));
        assertEquals(amount(doc), only(stored("customers")).get("customerValue"));
        Document cancelledDoc = doc.withState(cancelled(), doc.updatedAt());
        assertEquals(id, delivered(connector.export(context, update(cancelledDoc, LifecycleEvent.CANCELLED))));
        assertEquals("cancelled", only(stored("invoices")).get("status"));
        assertEquals("0.00", only(stored("customers")).get("customerValue"));
        assertEquals(1, onecockpit.control().createCount(OneCockpitSimulator.INVOICE_NUMBER, "RE-1"));
    }

    @Test
    void anInvoiceCancelledBeforeItReachedOneCockpitIsSkipped() {
        Document doc = Documents.invoice("RE-1").state(cancelled()).build();
        Outcome outcome = connector().export(context, finalized(doc));
        Outcome.Unsupported skipped = assertInstanceOf(Outcome.Unsupported.class, outcome);
        assertTrue(skipped.message().contains("RE-1 was cancelled before it reached OneCockpit"), skipped.message());
        assertEquals(0, stored("invoices").size());
    }

    @Test
    void aRepeatAfterAnUncertainAttemptLooksUpAndWritesNothingAgain() {
        OneCockpitConnector connector = connector();
        Document doc = Documents.invoice("RE-1").build();
        String id = delivered(connector.export(context, finalized(doc)));
        onecockpit.control().clearRequests();
        assertEquals(id, delivered(connector.export(context, Documents.afterUncertainAttempt(doc, 2))));
        assertEquals(1, requests("GET", OneCockpitClient.INVOICES_PATH));
        assertEquals(0, requests("POST", OneCockpitClient.INVOICES_PATH));
    }

    @Test
    void aPaymentAfterAnUncertainAttemptStillUpdatesTheStatus() {
        OneCockpitConnector connector = connector();
        Document doc = Documents.invoice("RE-1").build();
        delivered(connector.export(context, finalized(doc)));
        Document paid = doc.withState(state(DocumentStatus.FINALIZED, PaymentStatus.PAID), doc.updatedAt());
        delivered(connector.export(context, new ExportRequest(paid, LifecycleEvent.PAID, "t-p", true, 2)));
        assertEquals("paid", only(stored("invoices")).get("status"));
    }

    @Test
    void aCustomerWithoutEmailIsValidationWithoutCallingOneCockpit() {
        Party noEmail = new Party(
                " ",
                "Hundeschule Muster",
                null,
                "Anna",
                "Muster",
                "Hauptstr. 1",
                "10115",
                "Berlin",
                "DE",
                null,
                null,
                "K-1");
        for (Party party : java.util.Arrays.asList(noEmail, null)) {
            Document doc = Documents.invoice("RE-1").party(party).build();
            Outcome.Failed failed = failed(connector().export(context, finalized(doc)), FailureKind.VALIDATION);
            assertEquals(
                    "the customer has no e-mail address: OneCockpit can only assign invoices by e-mail; add it to the "
                            + "customer's contact in the ERP",
                    failed.message());
        }
        assertTrue(onecockpit.control().requests().isEmpty(), "no call at all, not even the token exchange");
    }

    @Test
    void documentsOneCockpitHasNoPlaceForAreSkippedSayingWhy() {
        List<Document> documents = List.of(
                Documents.creditNote("GS-1").build(),
                Documents.receipt("B-1").build(),
                Documents.invoice("X-1").type(DocumentType.OTHER).build(),
                Documents.invoice("ER-1").direction(Direction.INCOMING).build());
        List<String> reasons = List.of("credit notes", "type RECEIPT", "type OTHER", "invoices you received");
        for (int i = 0; i < documents.size(); i++) {
            Outcome outcome = connector().export(context, finalized(documents.get(i)));
            Outcome.Unsupported skipped = assertInstanceOf(Outcome.Unsupported.class, outcome);
            assertTrue(skipped.message().contains(reasons.get(i)), skipped.message());
        }
        assertTrue(onecockpit.control().requests().isEmpty());
    }

    @Test
    void aNumberAnotherToolSentFirstIsValidationAboutUniqueNumbers() {
        onecockpit.addForeignInvoice("RE-9", "sevdesk");
        Outcome.Failed failed = failed(connector().export(context, finalized(invoice("RE-9"))), FailureKind.VALIDATION);
        assertTrue(failed.message().contains("invoice numbers must be unique"), failed.message());
        assertTrue(failed.message().contains("sevdesk"), failed.message());
    }

    @Test
    void oneCockpitsOwnWordsExplainARefusedInvoice() {
        Party abroad = new Party(
                "a@b.example", "ACME", null, null, null, "Main St 1", "1000", "Wien", "Österreich", null, null, null);
        Outcome.Failed failed = failed(
                connector()
                        .export(
                                context,
                                finalized(
                                        Documents.invoice("RE-1").party(abroad).build())),
                FailureKind.VALIDATION);
        assertTrue(failed.message().startsWith("OneCockpit rejected the invoice: "), failed.message());
        assertTrue(failed.message().contains("country must be an ISO 3166 alpha-2 code"), failed.message());
    }

    /** The transfer the engine writes for a later event of an exported document (its own id, first attempt). */
    private static ExportRequest update(Document changed, LifecycleEvent trigger) {
        return new ExportRequest(changed, trigger, "t-" + trigger, false, 1);
    }

    private static DocumentState cancelled() {
        return state(DocumentStatus.CANCELLED, PaymentStatus.OPEN);
    }

    private static DocumentState state(DocumentStatus status, PaymentStatus payment) {
        return new DocumentState(status, payment, ApprovalState.APPROVED);
    }

    private static String amount(Document doc) {
        return doc.totals().gross().setScale(2).toPlainString();
    }

    private static Map<String, Object> only(List<Map<String, Object>> rows) {
        assertEquals(1, rows.size(), () -> "exactly one: " + rows);
        return rows.get(0);
    }
}
