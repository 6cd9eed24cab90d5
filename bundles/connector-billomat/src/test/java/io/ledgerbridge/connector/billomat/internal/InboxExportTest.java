package io.ledgerbridge.connector.billomat.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.model.Attachment;
import io.ledgerbridge.model.AttachmentKind;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.sandbox.BillomatSimulator;
import io.ledgerbridge.sandbox.Fault;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The inbox-document target against the simulator: the file with its metadata, exactly once, missing files. */
class InboxExportTest {
    private static final byte[] PDF = "%PDF-1.4 receipt".getBytes(StandardCharsets.US_ASCII);

    private final BillomatSimulator billomat = BillomatSimulator.start(0);
    private final BillomatConnector connector =
            Configs.connector(Configs.sandbox(billomat.rootUrl(), "target", "INBOX_DOCUMENT"));
    private final FakeContext context = Configs.context(BillomatSimulator.SANDBOX_API_KEY);

    @AfterEach
    void stop() {
        connector.deactivate();
        billomat.close();
    }

    private static Document receipt(String id) {
        return Documents.with(
                Documents.invoice(id, "B-" + id),
                DocumentType.RECEIPT,
                Direction.INCOMING,
                List.of(
                        new Attachment(AttachmentKind.E_INVOICE, "B.xml", "application/xml", "xml-" + id, 9),
                        new Attachment(AttachmentKind.PDF, "B-" + id + ".pdf", "application/pdf", "pdf-" + id, 16)));
    }

    @Test
    void sendsThePdfWithMetadataNamingTheDocument() {
        context.attachments().put("pdf-r1", PDF);
        Outcome.Delivered delivered = assertInstanceOf(
                Outcome.Delivered.class, connector.export(context, Documents.finalized(receipt("r1"))));
        Map<String, Object> stored =
                billomat.control().snapshot("inbox-documents").get(0);
        assertEquals(delivered.remoteId(), stored.get("id"));
        assertEquals("B-r1.pdf", stored.get("filename"));
        assertArrayEquals(PDF, Base64.getDecoder().decode((String) stored.get("base64file")));
        assertTrue(stored.get("metadata").toString().contains("LEDGERBRIDGE_DOCUMENT_ID"), stored.toString());
        assertTrue(stored.get("metadata").toString().contains("SENDER_NAME"), "incoming: the party sent it");
        assertInstanceOf(Outcome.Delivered.class, connector.export(context, Documents.retry(receipt("r1"))));
        assertEquals(1, billomat.control().snapshot("inbox-documents").size(), "remembered: not sent again");
    }

    @Test
    void afterAnUncertainAttemptTheInboxIsSearchedForTheDocument() {
        context.attachments().put("pdf-r2", PDF);
        connector.export(context, Documents.finalized(receipt("r2")));
        FakeContext afterCrash = Configs.context(BillomatSimulator.SANDBOX_API_KEY);
        afterCrash.attachments().put("pdf-r2", PDF);
        Outcome.Delivered again =
                assertInstanceOf(Outcome.Delivered.class, connector.export(afterCrash, Documents.retry(receipt("r2"))));
        assertEquals(billomat.control().snapshot("inbox-documents").get(0).get("id"), again.remoteId());
        assertEquals(1, billomat.control().snapshot("inbox-documents").size());
        assertTrue(
                billomat.control().duplicates().isEmpty(),
                billomat.control().duplicates().toString());
    }

    @Test
    void anEInvoiceIsSentWhenThereIsNoPdf() {
        Document xmlOnly = Documents.with(
                receipt("r3"),
                DocumentType.RECEIPT,
                Direction.INCOMING,
                List.of(receipt("r3").attachments().get(0)));
        context.attachments().put("xml-r3", "<Invoice/>".getBytes(StandardCharsets.UTF_8));
        assertInstanceOf(Outcome.Delivered.class, connector.export(context, Documents.finalized(xmlOnly)));
        assertEquals(
                "application/xml",
                billomat.control().snapshot("inbox-documents").get(0).get("mimetype"));
    }

    @Test
    void documentsWithoutAFileAreSkippedAndAMissingFileFails() {
        Document bare = Documents.with(receipt("r4"), DocumentType.RECEIPT, Direction.INCOMING, List.of());
        Outcome.Unsupported skipped =
                assertInstanceOf(Outcome.Unsupported.class, connector.export(context, Documents.finalized(bare)));
        assertTrue(skipped.message().contains("no PDF or e-invoice"), skipped.message());
        Outcome.Failed missing =
                assertInstanceOf(Outcome.Failed.class, connector.export(context, Documents.finalized(receipt("r5"))));
        assertEquals(FailureKind.NOT_FOUND, missing.kind());
        assertTrue(billomat.control().requests().isEmpty());
    }

    @Test
    void aServerErrorIsRetryable() {
        context.attachments().put("pdf-r6", PDF);
        billomat.control().inject(Fault.status(502).onPath("/inbox-documents"));
        Outcome.Failed failed =
                assertInstanceOf(Outcome.Failed.class, connector.export(context, Documents.finalized(receipt("r6"))));
        assertEquals(FailureKind.UNAVAILABLE, failed.kind());
        assertInstanceOf(Outcome.Delivered.class, connector.export(context, Documents.retry(receipt("r6"))));
        assertEquals(1, billomat.control().snapshot("inbox-documents").size());
    }
}
