package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.model.ApprovalState;
import io.ledgerbridge.model.Attachment;
import io.ledgerbridge.model.AttachmentKind;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentState;
import io.ledgerbridge.model.DocumentStatus;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.LineItem;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.PaymentStatus;
import io.ledgerbridge.model.Totals;
import io.ledgerbridge.model.spi.ExportRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Documents as the engine hands them to the connector, with their files stored in a {@link FakeContext}. */
final class TestDocuments {
    static final byte[] PDF = "%PDF-1.4 invoice\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] XML = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>"
            .getBytes(StandardCharsets.UTF_8);

    private TestDocuments() {}

    static Party acmeGmbh() {
        return new Party(
                "billing@acme.example",
                "ACME GmbH",
                null,
                null,
                null,
                "Hauptstr. 1",
                "10115",
                "Berlin",
                "DE",
                null,
                "DE123456789",
                "K-1001");
    }

    /** An approved sales invoice with its PDF. */
    static Document invoice(FakeContext context, String id, String number) {
        return document(context, id, number, DocumentType.SALES_INVOICE, Direction.OUTGOING, true, false);
    }

    static Document document(
            FakeContext context,
            String id,
            String number,
            DocumentType type,
            Direction direction,
            boolean pdf,
            boolean eInvoice) {
        List<Attachment> attachments = new ArrayList<>();
        if (eInvoice) {
            attachments.add(new Attachment(
                    AttachmentKind.E_INVOICE, number + ".xml", "application/xml", context.attach(XML), XML.length));
        }
        if (pdf) {
            attachments.add(new Attachment(
                    AttachmentKind.PDF, number + ".pdf", "application/pdf", context.attach(PDF), PDF.length));
        }
        List<LineItem> lines = List.of(
                new LineItem("Beratung", new BigDecimal("2"), "h", new BigDecimal("50.00"), new BigDecimal("19")));
        Instant now = Instant.parse("2026-11-21T08:00:00Z");
        return new Document(
                id,
                "demo",
                "src-" + id,
                null,
                type,
                direction,
                number,
                LocalDate.of(2026, 11, 2),
                null,
                LocalDate.of(2026, 11, 16),
                "EUR",
                lines,
                new Totals(new BigDecimal("100.00"), new BigDecimal("19.00"), new BigDecimal("119.00")),
                acmeGmbh(),
                List.of(),
                attachments,
                new DocumentState(DocumentStatus.SENT, PaymentStatus.OPEN, ApprovalState.APPROVED),
                now,
                now);
    }

    static ExportRequest approved(Document doc) {
        return new ExportRequest(doc, LifecycleEvent.APPROVED, "t-" + doc.id(), false, 1);
    }

    static ExportRequest afterUncertainAttempt(Document doc) {
        return new ExportRequest(doc, LifecycleEvent.APPROVED, "t-" + doc.id(), true, 2);
    }
}
