package io.ledgerbridge.connector.sevdesk.internal;

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
import io.ledgerbridge.model.Money;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.PaymentStatus;
import io.ledgerbridge.model.Source;
import io.ledgerbridge.model.Totals;
import io.ledgerbridge.model.spi.ExportRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Documents and customers as the platform hands them to the connector. */
final class Documents {
    static final Instant PAID_AT = Instant.parse("2026-11-20T10:15:00Z");

    private Documents() {}

    static Party anna() {
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
                "+49 30 123456",
                null,
                "K-1001");
    }

    static Party company() {
        return new Party(
                "buchhaltung@hundeverein.de",
                "Hundeverein Bello e.V.",
                null,
                "Max",
                "Meier",
                "Parkweg 7",
                "80331",
                "München",
                "DE",
                null,
                "DE123456789",
                "K-2002");
    }

    static LineItem line(String description, String quantity, String unit, String unitPrice, String taxRate) {
        return new LineItem(
                description, new BigDecimal(quantity), unit, new BigDecimal(unitPrice), new BigDecimal(taxRate));
    }

    static List<LineItem> puppyCourse() {
        return List.of(line("Welpenkurs", "2", "h", "50.00", "19"), line("Leine", "1", "pcs", "12.50", "19"));
    }

    static Document invoice(String id, String number, Party party) {
        return invoice(id, number, party, puppyCourse());
    }

    static Document invoice(String id, String number, Party party, List<LineItem> lines) {
        return document(id, DocumentType.SALES_INVOICE, number, party, lines);
    }

    static Document document(String id, DocumentType type, String number, Party party, List<LineItem> lines) {
        BigDecimal net = lines.stream().map(LineItem::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = lines.stream()
                .map(l -> Money.round(l.netAmount().multiply(l.taxRate()).movePointLeft(2)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Document(
                id,
                "demo",
                "src-" + id,
                Source.PLATFORM,
                type,
                Direction.OUTGOING,
                number,
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 10, 30),
                LocalDate.of(2026, 11, 16),
                "EUR",
                lines,
                new Totals(net, tax, net.add(tax)),
                party,
                List.of(),
                List.of(),
                new DocumentState(DocumentStatus.FINALIZED, PaymentStatus.OPEN, ApprovalState.PENDING),
                Instant.EPOCH,
                PAID_AT);
    }

    static Document incoming(Document d) {
        return withAttachments(d, Direction.INCOMING, d.attachments());
    }

    static Party supplier() {
        return new Party(
                "rechnung@futterhaus.de",
                "Futterhaus GmbH",
                null,
                null,
                null,
                "Am Markt 3",
                "50667",
                "Köln",
                "DE",
                null,
                "DE999999999",
                null);
    }

    /** A receipt the business received, with a PDF whose content the context can hand out. */
    static Document receipt(String id, String number, FakeContext context) {
        byte[] pdf = ("%PDF-1.4 receipt " + number).getBytes(StandardCharsets.US_ASCII);
        String sha = context.attach(pdf);
        Document doc = document(
                id,
                DocumentType.RECEIPT,
                number,
                supplier(),
                List.of(line("Hundefutter", "3", null, "20.00", "7"), line("Leine", "1", null, "10.00", "19")));
        return withAttachments(
                doc,
                Direction.INCOMING,
                List.of(new Attachment(AttachmentKind.PDF, number + ".pdf", "application/pdf", sha, pdf.length)));
    }

    static Document withAttachments(Document d, Direction direction, List<Attachment> attachments) {
        return new Document(
                d.id(),
                d.tenantId(),
                d.sourceId(),
                d.source(),
                d.type(),
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

    static ExportRequest finalized(Document doc) {
        return new ExportRequest(doc, LifecycleEvent.FINALIZED, "t-" + doc.id(), false, 1);
    }

    static ExportRequest retryAfterUncertainAttempt(Document doc) {
        return new ExportRequest(doc, LifecycleEvent.FINALIZED, "t-" + doc.id(), true, 2);
    }

    static ExportRequest paid(Document doc) {
        return new ExportRequest(doc, LifecycleEvent.PAID, "p-" + doc.id(), false, 1);
    }
}
