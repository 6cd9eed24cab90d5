package io.ledgerbridge.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Valid sample drafts for tests. */
final class Drafts {
    private Drafts() {}

    static LineItem line(String qty, String price, String rate) {
        return new LineItem("Dog training", new BigDecimal(qty), "h", new BigDecimal(price), new BigDecimal(rate));
    }

    static Party customer() {
        return new Party(
                "anna@example.com",
                null,
                null,
                "Anna",
                "Muster",
                "Hauptstr. 1",
                "10115",
                "Berlin",
                "DE",
                "+49 30 123",
                null,
                "K-1001");
    }

    static DocumentDraft invoice(List<LineItem> lines, Totals totals) {
        return new DocumentDraft(
                null,
                "erp-1",
                DocumentType.SALES_INVOICE,
                Direction.OUTGOING,
                "RE-1001",
                LocalDate.of(2026, 11, 2),
                null,
                LocalDate.of(2026, 11, 16),
                "EUR",
                lines,
                totals,
                customer(),
                List.of("dogs"),
                List.of(new NewAttachment(
                        AttachmentKind.PDF,
                        "RE-1001.pdf",
                        "application/pdf",
                        "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))));
    }

    static DocumentDraft valid() {
        return invoice(
                List.of(line("2", "50.00", "19")),
                new Totals(new BigDecimal("100.00"), new BigDecimal("19.00"), new BigDecimal("119.00")));
    }
}
