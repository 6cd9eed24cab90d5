package io.ledgerbridge.connector.tck;

import io.ledgerbridge.model.ApprovalState;
import io.ledgerbridge.model.Attachment;
import io.ledgerbridge.model.AttachmentKind;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentState;
import io.ledgerbridge.model.DocumentStatus;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.LineItem;
import io.ledgerbridge.model.Money;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.PaymentStatus;
import io.ledgerbridge.model.Source;
import io.ledgerbridge.model.Totals;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds a valid, finalized {@link Document} as the engine hands it to a connector: totals always match the lines
 * (tax per rate on the summed net, German practice). Start with {@link Documents}; every setter returns this builder.
 */
public final class DocumentBuilder {
    private String id;
    private String tenantId = "demo";
    private DocumentType type;
    private Direction direction;
    private String number;
    private LocalDate issueDate = LocalDate.of(2026, 11, 2);
    private LocalDate dueDate = LocalDate.of(2026, 11, 16);
    private String currency = "EUR";
    private List<LineItem> lines = new ArrayList<>();
    private Party party;
    private String sourceUrl;
    private List<String> tags = List.of();
    private final Map<Attachment, byte[]> attachments = new LinkedHashMap<>();
    private DocumentState state =
            new DocumentState(DocumentStatus.FINALIZED, PaymentStatus.OPEN, ApprovalState.PENDING);

    DocumentBuilder(DocumentType type, Direction direction, String number, Party party) {
        this.type = type;
        this.direction = direction;
        this.number = number;
        this.id = "doc-" + number;
        this.party = party;
    }

    /** @param value the platform's id (default {@code doc-<number>}); also the base of the source id @return this */
    public DocumentBuilder id(String value) {
        this.id = Objects.requireNonNull(value);
        return this;
    }

    /** @param value the tenant (default {@code demo}) @return this */
    public DocumentBuilder tenant(String value) {
        this.tenantId = Objects.requireNonNull(value);
        return this;
    }

    /** @param value the document type @return this */
    public DocumentBuilder type(DocumentType value) {
        this.type = Objects.requireNonNull(value);
        return this;
    }

    /** @param value outgoing or incoming @return this */
    public DocumentBuilder direction(Direction value) {
        this.direction = Objects.requireNonNull(value);
        return this;
    }

    /** @param value the document number @return this */
    public DocumentBuilder number(String value) {
        this.number = Objects.requireNonNull(value);
        return this;
    }

    /** @param value the issue date (default 2026-11-02; the due date follows 14 days later) @return this */
    public DocumentBuilder issueDate(LocalDate value) {
        this.issueDate = Objects.requireNonNull(value);
        this.dueDate = value.plusDays(14);
        return this;
    }

    /** @param value an ISO 4217 code (default EUR) @return this */
    public DocumentBuilder currency(String value) {
        this.currency = Objects.requireNonNull(value);
        return this;
    }

    /** @param value the customer or supplier @return this */
    public DocumentBuilder party(Party value) {
        this.party = value;
        return this;
    }

    /** The document's address in the ERP (its link back); none by default. */
    public DocumentBuilder sourceUrl(String value) {
        this.sourceUrl = value;
        return this;
    }

    /** @param values the document's tags @return this */
    public DocumentBuilder tags(String... values) {
        this.tags = List.of(values);
        return this;
    }

    /** @param value status, payment status and approval (default finalized, open, pending) @return this */
    public DocumentBuilder state(DocumentState value) {
        this.state = Objects.requireNonNull(value);
        return this;
    }

    /**
     * Adds a position.
     *
     * @param description what was sold
     * @param quantity e.g. "2" or "1.5"
     * @param unit e.g. "h", may be null
     * @param unitPrice net price of one unit, e.g. "50.00"
     * @param taxRate in percent, e.g. "19"
     * @return this
     */
    public DocumentBuilder line(String description, String quantity, String unit, String unitPrice, String taxRate) {
        lines.add(new LineItem(
                description, new BigDecimal(quantity), unit, new BigDecimal(unitPrice), new BigDecimal(taxRate)));
        return this;
    }

    /**
     * Replaces the positions by {@code count} generated ones ("Position 1" … at 1.00 to 9.99 net, 19 % and 7 %).
     *
     * @param count how many, at least 1 (the platform accepts up to 1000)
     * @return this
     */
    public DocumentBuilder lines(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a document has at least one line: " + count);
        }
        lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            line(
                    "Position " + i,
                    Integer.toString(1 + i % 3),
                    "pcs",
                    (1 + i % 9) + "." + (10 + i % 90),
                    i % 4 == 0 ? "7" : "19");
        }
        return this;
    }

    /**
     * Attaches a PDF of exactly this size (a valid header and trailer around filler).
     *
     * @param size bytes, at least 16
     * @return this
     */
    public DocumentBuilder pdf(int size) {
        return attachment(AttachmentKind.PDF, number + ".pdf", "application/pdf", pdfContent(size));
    }

    /**
     * Attaches a file.
     *
     * @param kind PDF or e-invoice
     * @param fileName the file name
     * @param mediaType e.g. application/pdf
     * @param content the bytes ({@link #build(FakeContext)} makes them available to the connector)
     * @return this
     */
    public DocumentBuilder attachment(AttachmentKind kind, String fileName, String mediaType, byte[] content) {
        attachments.put(
                new Attachment(kind, fileName, mediaType, FakeContext.sha256(content), content.length), content);
        return this;
    }

    /** @return the document (positions default to two lines when none were given) */
    public Document build() {
        List<LineItem> positions = lines.isEmpty() ? defaultLines() : List.copyOf(lines);
        Instant created =
                issueDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(9 * 3600);
        return new Document(
                id,
                tenantId,
                "erp-" + id,
                Source.PLATFORM,
                type,
                direction,
                number,
                issueDate,
                issueDate.minusDays(3),
                dueDate,
                currency,
                positions,
                totals(positions),
                party,
                tags,
                List.copyOf(attachments.keySet()),
                state,
                created,
                created.plusSeconds(3600),
                sourceUrl,
                List.of());
    }

    /**
     * Builds the document and registers its attachments' content in the context, as the engine's store holds them.
     *
     * @param context the connection context the connector will be called with
     * @return the document
     */
    public Document build(FakeContext context) {
        attachments.values().forEach(context::attach);
        return build();
    }

    private static List<LineItem> defaultLines() {
        return List.of(
                new LineItem("Puppy course", new BigDecimal("2"), "h", new BigDecimal("50.00"), new BigDecimal("19")),
                new LineItem("Dog training book", BigDecimal.ONE, null, new BigDecimal("10.00"), new BigDecimal("7")));
    }

    /** Net per line rounded, tax per rate on the summed net of that rate. */
    static Totals totals(List<LineItem> lines) {
        Map<BigDecimal, BigDecimal> netByRate = new TreeMap<>();
        BigDecimal net = BigDecimal.ZERO;
        for (LineItem line : lines) {
            net = net.add(line.netAmount());
            netByRate.merge(line.taxRate().stripTrailingZeros(), line.netAmount(), BigDecimal::add);
        }
        BigDecimal tax = netByRate.entrySet().stream()
                .map(e -> Money.tax(e.getValue(), e.getKey()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(Money.round(net), Money.round(tax), Money.round(net.add(tax)));
    }

    static byte[] pdfContent(int size) {
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        if (size < head.length + tail.length) {
            throw new IllegalArgumentException("a PDF of at least 16 bytes: " + size);
        }
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) '%');
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(tail, 0, content, size - tail.length, tail.length);
        return content;
    }
}
