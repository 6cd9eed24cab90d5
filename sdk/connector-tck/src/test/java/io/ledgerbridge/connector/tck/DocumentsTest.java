package io.ledgerbridge.connector.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.DocumentValidator;
import io.ledgerbridge.model.NewAttachment;
import io.ledgerbridge.model.spi.ExportRequest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TCK's documents pass the platform's own validation, however large. */
class DocumentsTest {

    @Test
    void theDefaultInvoiceIsValidAndAddsUp() {
        Document invoice = Documents.invoice("RE-1").build();
        assertEquals(List.of(), DocumentValidator.validate(draft(invoice, new FakeContext("c"))));
        assertEquals(new BigDecimal("129.70"), invoice.totals().gross());
        assertEquals("K-RE-1", invoice.party().customerNumber());
    }

    @Test
    void fiveHundredLinesAndATenMebibytePdfAreValidAndReachTheContext() {
        FakeContext context = new FakeContext("c");
        Document large =
                Documents.invoice("RE-2").lines(500).pdf(10 * 1024 * 1024).build(context);
        assertEquals(500, large.lines().size());
        assertEquals(10 * 1024 * 1024, large.attachments().get(0).size());
        assertEquals(List.of(), DocumentValidator.validate(draft(large, context)));
    }

    @Test
    void creditNotesAndReceiptsAreValid() {
        FakeContext context = new FakeContext("c");
        for (Document d : List.of(
                Documents.creditNote("GS-1").build(),
                Documents.receipt("B-1").pdf(100).build(context))) {
            assertEquals(
                    List.of(),
                    DocumentValidator.validate(draft(d, context)),
                    d.type().name());
        }
    }

    @Test
    void aRetryKeepsTheIdempotencyKeyAndIsMarkedUncertain() {
        Document d = Documents.invoice("RE-3").build();
        ExportRequest first = Documents.finalized(d);
        ExportRequest again = Documents.afterUncertainAttempt(d, 2);
        assertEquals(first.idempotencyKey(), again.idempotencyKey());
        assertEquals(List.of(false, true), List.of(first.afterUncertainAttempt(), again.afterUncertainAttempt()));
    }

    @Test
    void theContextHandsOutACopyOfAFileByItsHash() {
        FakeContext context = new FakeContext("c");
        byte[] pdf = DocumentBuilder.pdfContent(64);
        String sha = context.attach(pdf);
        assertArrayEquals(pdf, context.attachment(sha).orElseThrow());
    }

    /** The document as an ERP would have submitted it. */
    private static DocumentDraft draft(Document d, FakeContext context) {
        List<NewAttachment> files = d.attachments().stream()
                .map(a -> new NewAttachment(
                        a.kind(),
                        a.fileName(),
                        a.mediaType(),
                        context.attachment(a.sha256()).orElseThrow()))
                .toList();
        return new DocumentDraft(
                d.tenantId(),
                d.sourceId(),
                d.type(),
                d.direction(),
                d.number(),
                d.issueDate(),
                d.deliveryDate(),
                d.dueDate(),
                d.currency(),
                d.lines(),
                d.totals(),
                d.party(),
                d.tags(),
                files);
    }
}
