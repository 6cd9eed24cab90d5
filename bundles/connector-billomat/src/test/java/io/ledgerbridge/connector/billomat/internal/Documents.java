package io.ledgerbridge.connector.billomat.internal;

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
import io.ledgerbridge.model.Source;
import io.ledgerbridge.model.Totals;
import io.ledgerbridge.model.spi.ExportRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Documents as the engine hands them to the connector. */
final class Documents {
    static final DocumentState FINALIZED =
            new DocumentState(DocumentStatus.FINALIZED, PaymentStatus.OPEN, ApprovalState.PENDING);
    static final DocumentState PAID =
            new DocumentState(DocumentStatus.FINALIZED, PaymentStatus.PAID, ApprovalState.PENDING);

    private Documents() {}

    static Party party(String customerNumber, String email) {
        return new Party(
                email,
                "Hundeschule Bello",
                null,
                "Anna",
                "Muster",
                "Hauptstr. 1",
                "10115",
                "Berlin",
                "DE",
                null,
                "DE123456789",
                customerNumber);
    }

    /** A finalized sales invoice: 2 h at 50.00 and 1 book at 10.00 (7 %): net 110.00, tax 19.70, gross 129.70. */
    static Document invoice(String id, String number, Party party) {
        return new Document(
                id,
                "demo",
                "erp-" + id,
                Source.PLATFORM,
                DocumentType.SALES_INVOICE,
                Direction.OUTGOING,
                number,
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 10, 30),
                LocalDate.of(2026, 11, 16),
                "EUR",
                List.of(
                        new LineItem(
                                "Puppy course",
                                new BigDecimal("2"),
                                "h",
                                new BigDecimal("50.00"),
                                new BigDecimal("19")),
                        new LineItem(
                                "Dog training book",
                                BigDecimal.ONE,
                                null,
                                new BigDecimal("10.00"),
                                new BigDecimal("7"))),
                new Totals(new BigDecimal("110.00"), new BigDecimal("19.70"), new BigDecimal("129.70")),
                party,
                List.of("dogs"),
                List.of(new Attachment(AttachmentKind.PDF, number + ".pdf", "application/pdf", "sha-" + id, 16)),
                FINALIZED,
                Instant.parse("2026-11-02T09:00:00Z"),
                Instant.parse("2026-11-03T09:00:00Z"));
    }

    static Document invoice(String id, String number) {
        return invoice(id, number, party("K-" + id, id + "@example.com"));
    }

    static Document with(Document d, DocumentType type, Direction direction, List<Attachment> attachments) {
        return new Document(
                d.id(),
                d.tenantId(),
                d.sourceId(),
                d.source(),
                type,
                direction,
                d.number(),
                d.issueDate(),
                d.deliveryDate(),
                d.dueDate(),
                d.currency(),
                d.lines(),
                d.totals(),
                d.party(),
                d.tags(),
                attachments,
                d.state(),
                d.createdAt(),
                d.updatedAt());
    }

    static ExportRequest finalized(Document document) {
        return new ExportRequest(document, LifecycleEvent.FINALIZED, "t-" + document.id(), false, 1);
    }

    static ExportRequest retry(Document document) {
        return new ExportRequest(document, LifecycleEvent.FINALIZED, "t-" + document.id(), true, 2);
    }

    static ExportRequest paid(Document document, boolean uncertain) {
        return new ExportRequest(
                document.withState(PAID, Instant.parse("2026-11-20T10:00:00Z")),
                LifecycleEvent.PAID,
                "p-" + document.id(),
                uncertain,
                1);
    }
}
