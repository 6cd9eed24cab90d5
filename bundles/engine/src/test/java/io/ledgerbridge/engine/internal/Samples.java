package io.ledgerbridge.engine.internal;

import io.ledgerbridge.model.AttachmentKind;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.LineItem;
import io.ledgerbridge.model.NewAttachment;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.Totals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Sample documents for store tests. */
public final class Samples {
    private Samples() {}

    public static DocumentDraft invoice(String sourceId, String number) {
        return new DocumentDraft(
                null,
                sourceId,
                DocumentType.SALES_INVOICE,
                Direction.OUTGOING,
                number,
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 16),
                "EUR",
                List.of(new LineItem(
                        "Puppy course", new BigDecimal("2"), "h", new BigDecimal("50.00"), new BigDecimal("19"))),
                new Totals(new BigDecimal("100.00"), new BigDecimal("19.00"), new BigDecimal("119.00")),
                new Party(
                        "anna@example.com",
                        null,
                        "Dr.",
                        "Anna",
                        "Muster",
                        "Hauptstr. 1",
                        "10115",
                        "Berlin",
                        "DE",
                        "+49 30 1234",
                        null,
                        "K-1001"),
                List.of("dogs", "berlin"),
                List.of(new NewAttachment(
                        AttachmentKind.PDF, number + ".pdf", "application/pdf", "%PDF-1.4 sample".getBytes())));
    }

    /** A credit note of one hour of the puppy course (59.50 gross), naming the invoice it corrects by sourceId. */
    public static DocumentDraft creditNote(String sourceId, String number, String correctedInvoice) {
        DocumentDraft invoice = invoice(sourceId, number);
        return new DocumentDraft(
                null,
                sourceId,
                DocumentType.CREDIT_NOTE,
                Direction.OUTGOING,
                number,
                invoice.issueDate(),
                null,
                null,
                "EUR",
                List.of(new LineItem(
                        "Puppy course, one hour", BigDecimal.ONE, "h", new BigDecimal("50.00"), new BigDecimal("19"))),
                new Totals(new BigDecimal("50.00"), new BigDecimal("9.50"), new BigDecimal("59.50")),
                invoice.party(),
                List.of(),
                List.of(),
                null,
                correctedInvoice);
    }

    public static DocumentDraft receipt(String sourceId) {
        return new DocumentDraft(
                null,
                sourceId,
                DocumentType.RECEIPT,
                Direction.INCOMING,
                "B-77",
                LocalDate.of(2026, 10, 30),
                null,
                null,
                "EUR",
                List.of(new LineItem(
                        "Train ticket", BigDecimal.ONE, null, new BigDecimal("42.02"), new BigDecimal("7"))),
                new Totals(new BigDecimal("42.02"), new BigDecimal("2.94"), new BigDecimal("44.96")),
                null,
                List.of("travel"),
                null);
    }
}
