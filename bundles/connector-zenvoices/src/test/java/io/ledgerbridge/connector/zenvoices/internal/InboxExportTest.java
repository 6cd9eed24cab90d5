package io.ledgerbridge.connector.zenvoices.internal;

import static io.ledgerbridge.connector.zenvoices.internal.TestDocuments.afterUncertainAttempt;
import static io.ledgerbridge.connector.zenvoices.internal.TestDocuments.approved;
import static io.ledgerbridge.connector.zenvoices.internal.TestDocuments.document;
import static io.ledgerbridge.connector.zenvoices.internal.TestDocuments.invoice;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.ZenvoicesPermission;
import io.ledgerbridge.sandbox.ZenvoicesSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Documents into the company's inbox: files and metadata, exactly once, skipped types, paused connections. */
class InboxExportTest extends SimulatorFixture {

    @AfterEach
    void noDuplicates() {
        assertEquals(Map.of(), zenvoices.control().duplicates(), "0 duplicates");
    }

    @Test
    void anInvoiceLandsInTheCompanysInboxWithItsPdfAndEInvoice() {
        Document doc =
                document(context, "doc-1", "RE-1001", DocumentType.SALES_INVOICE, Direction.OUTGOING, true, true);
        String id = delivered(connector().export(context, approved(doc)));
        Map<String, Object> item = inbox().get(0);
        assertEquals(id, String.valueOf(item.get("id")));
        assertEquals(acmeId(), ((Number) item.get("administrationId")).longValue());
        assertEquals("doc-1", item.get("externalId"));
        assertEquals("RE-1001.pdf", item.get("fileName"));
        assertEquals(TestDocuments.PDF.length, item.get("fileSize"));
        assertEquals(
                List.of(Map.of("fileName", "RE-1001.xml", "fileSize", TestDocuments.XML.length)),
                item.get("attachments"));
        assertEquals("Sales invoice RE-1001 to ACME GmbH, 2026-11-02", item.get("subject"));
        assertNull(item.get("senderName"), "the sender of an outgoing invoice is the tenant itself");
    }

    @Test
    void aPurchaseInvoiceNamesItsSupplierAndAnEInvoiceAloneIsTheFile() {
        Document doc = document(context, "doc-2", "ER-7", DocumentType.SALES_INVOICE, Direction.INCOMING, false, true);
        delivered(connector().export(context, approved(doc)));
        Map<String, Object> item = inbox().get(0);
        assertEquals("ER-7.xml", item.get("fileName"));
        assertEquals(List.of(), item.get("attachments"));
        assertEquals("Purchase invoice ER-7, 2026-11-02", item.get("subject"));
        assertEquals("ACME GmbH", item.get("senderName"));
    }

    @Test
    void aClientsDocumentsLandInTheClientsCompanyOnly() {
        delivered(connector(settings("BETA")).export(context, approved(invoice(context, "doc-3", "RE-3"))));
        long beta = zenvoices.control().snapshot("SANDBOX/administrations").stream()
                .filter(a -> "BETA".equals(a.get("code")))
                .map(a -> ((Number) a.get("id")).longValue())
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(beta),
                inbox().stream()
                        .map(i -> ((Number) i.get("administrationId")).longValue())
                        .toList());
    }

    @Test
    void afterAnUncertainAttemptTheUploadIsLookedUpAndNotRepeated() {
        ZenvoicesConnector connector = connector(settings("ACME"), Duration.ofMillis(300));
        connector.test(context); // signed in, company known: the delay below hits the upload only
        zenvoices.control().inject(Fault.delay(Duration.ofMillis(800)).onExactPath(UPLOAD));
        Document doc = invoice(context, "doc-4", "RE-4");
        Outcome.Failed timedOut = failed(connector.export(context, approved(doc)), FailureKind.UNAVAILABLE);
        assertTrue(timedOut.message().startsWith("Zenvoices unreachable"), timedOut.message());
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox().size() == 1); // Zenvoices took it after all
        String id = delivered(connector.export(context, afterUncertainAttempt(doc)));
        assertEquals(String.valueOf(inbox().get(0).get("id")), id);
        assertEquals(1, requests("POST", UPLOAD), "the retry looked the upload up instead of repeating it");
        assertEquals(1, zenvoices.control().createCount(ZenvoicesSimulator.EXTERNAL_ID, "doc-4"));
    }

    @Test
    void afterAnUncertainAttemptThatNeverArrivedTheDocumentIsUploaded() {
        ZenvoicesConnector connector = connector();
        zenvoices.control().inject(Fault.drop().onExactPath(UPLOAD).onMethod("POST"));
        Document doc = invoice(context, "doc-5", "RE-5");
        failed(connector.export(context, approved(doc)), FailureKind.UNAVAILABLE);
        String id = delivered(connector.export(context, afterUncertainAttempt(doc)));
        assertEquals(String.valueOf(inbox().get(0).get("id")), id);
        assertEquals(1, inbox().size());
    }

    @Test
    void documentsOfTypeOtherAndDocumentsWithoutFilesAreSkippedWithAReason() {
        Outcome other = connector()
                .export(
                        context,
                        approved(document(
                                context, "doc-6", "X-6", DocumentType.OTHER, Direction.OUTGOING, true, false)));
        assertTrue(assertInstanceOf(Outcome.Unsupported.class, other).message().contains("type OTHER"));
        Outcome noFile = connector()
                .export(
                        context,
                        approved(document(
                                context, "doc-7", "RE-7", DocumentType.CREDIT_NOTE, Direction.OUTGOING, false, false)));
        assertTrue(assertInstanceOf(Outcome.Unsupported.class, noFile).message().contains("has no PDF or e-invoice"));
        assertEquals(0, zenvoices.control().requests().size(), "nothing asked of Zenvoices");
    }

    @Test
    void aMissingPermissionPausesTheConnectionWithTheTestsMessage() {
        zenvoices.setPermissions(
                ZenvoicesSimulator.SANDBOX_TENANCY,
                ZenvoicesSimulator.SANDBOX_USER,
                ZenvoicesPermission.COMPANIES_LIST);
        Outcome.Failed failed = failed(
                connector().export(context, approved(invoice(context, "doc-8", "RE-8"))), FailureKind.PERMISSION);
        assertEquals(connector().test(context).message(), failed.message());
    }

    @Test
    void anUnknownCompanyCodePausesTheConnectionWithTheTestsMessage() {
        Outcome.Failed failed = failed(
                connector(settings("GAMMA")).export(context, approved(invoice(context, "doc-9", "RE-9"))),
                FailureKind.CONFIGURATION);
        assertEquals(connector(settings("GAMMA")).test(context).message(), failed.message());
    }

    @Test
    void anUploadAnsweringThatTheCompanyIsGoneLooksItUpOnceMoreBeforePausing() {
        ZenvoicesConnector connector = connector();
        delivered(connector.export(context, approved(invoice(context, "doc-10", "RE-10"))));
        zenvoices
                .control()
                .inject(Fault.status(404, "There is no such an entity. Entity type: Administration")
                        .onExactPath(UPLOAD));
        Outcome.Failed failed = failed(
                connector.export(context, approved(invoice(context, "doc-11", "RE-11"))), FailureKind.CONFIGURATION);
        assertEquals(
                "Zenvoices no longer knows the company with the code 'ACME': check the code in Zenvoices under "
                        + "Manage > Organisation > Companies",
                failed.message());
        assertEquals(2, requests("POST", ZenvoicesClient.API + "/administration/list"), "looked up once more");
        assertEquals(1, inbox().size());
    }

    @Test
    void aMissingFileFailsThatTransferOnly() {
        Document doc = invoice(context, "doc-12", "RE-12");
        context.attachments().clear();
        Outcome.Failed failed = failed(connector().export(context, approved(doc)), FailureKind.NOT_FOUND);
        assertTrue(failed.message().contains("RE-12.pdf of RE-12 is missing"), failed.message());
    }

    @Test
    void aRejectedUploadIsAValidationFailureOfThatDocument() {
        zenvoices
                .control()
                .inject(Fault.status(400, "Your request is not valid!").onExactPath(UPLOAD));
        Outcome.Failed failed = failed(
                connector().export(context, approved(invoice(context, "doc-13", "RE-13"))), FailureKind.VALIDATION);
        assertTrue(failed.message().startsWith("Zenvoices rejected the document: "), failed.message());
    }

    private static long acmeId() {
        return zenvoices.control().snapshot("SANDBOX/administrations").stream()
                .filter(a -> "ACME".equals(a.get("code")))
                .map(a -> ((Number) a.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }
}
