package io.ledgerbridge.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every submitted document must pass. Returns every problem at once, each naming its field, so an ERP
 * developer can fix a payload in one round trip.
 */
public final class DocumentValidator {
    /** Most tags a document may carry. */
    public static final int MAX_TAGS = 50;
    /** Most lines a document may have. */
    public static final int MAX_LINES = 1000;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The largest quantity of a line. */
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");
    /**
     * The largest unit price and total, far below what the store keeps (NUMERIC(19, 2)), so that no line total or
     * sum of 1,000 lines can exceed it.
     */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    /** Dates a business document can have. */
    private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

    private static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);

    private DocumentValidator() {}

    /** All problems of the draft; empty when it is valid. */
    public static List<FieldError> validate(DocumentDraft d) {
        Violations v = new Violations();
        if (v.required("sourceId", d.sourceId())) {
            v.text("sourceId", d.sourceId(), 200);
        }
        v.text("tenantId", d.tenantId(), 64);
        v.required("type", d.type());
        v.required("direction", d.direction());
        if (v.required("number", d.number())) {
            v.text("number", d.number(), 64);
        }
        v.required("issueDate", d.issueDate());
        inRange(v, "issueDate", d.issueDate());
        inRange(v, "deliveryDate", d.deliveryDate());
        inRange(v, "dueDate", d.dueDate());
        if (d.issueDate() != null) {
            v.check("dueDate", d.dueDate(), due -> !due.isBefore(d.issueDate()), "must not be before issueDate");
        }
        if (v.required("currency", d.currency())) {
            v.check(
                    "currency",
                    d.currency(),
                    DocumentValidator::isCurrency,
                    "must be an ISO 4217 currency code such as EUR");
        }
        boolean linesValid = validateLines(v, d.lines());
        if (v.required("totals", d.totals()) && linesValid) {
            TotalsCheck.check(v, d.lines(), d.totals());
        }
        validateParty(v, d.party(), d.type());
        validateTags(v, d.tags());
        AttachmentRules.validate(v, d.attachments());
        if (d.correctedInvoice() != null) {
            v.text("correctedInvoice", d.correctedInvoice(), 200);
            v.check(
                    "correctedInvoice",
                    d.type(),
                    type -> type == null || type == DocumentType.CREDIT_NOTE,
                    "only a credit note corrects an invoice; leave it out for a " + d.type());
        }
        if (d.sourceUrl() != null) {
            v.text("sourceUrl", d.sourceUrl(), 2048);
            v.check(
                    "sourceUrl",
                    d.sourceUrl(),
                    DocumentValidator::isWebAddress,
                    "must be the full address of the document in your ERP, starting with https:// or http://, "
                            + "e.g. https://erp.example.com/invoices/42");
        }
        return v.errors();
    }

    private static boolean isWebAddress(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean isCurrency(String code) {
        return code.length() == 3
                && code.equals(code.toUpperCase(Locale.ROOT))
                && Currency.getAvailableCurrencies().stream()
                        .anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    private static void inRange(Violations v, String field, LocalDate date) {
        v.check(
                field,
                date,
                x -> !x.isBefore(FIRST_DATE) && !x.isAfter(LAST_DATE),
                "must be between " + FIRST_DATE + " and " + LAST_DATE);
    }

    private static boolean validateLines(Violations v, List<LineItem> lines) {
        if (lines == null || lines.isEmpty()) {
            v.add("lines", "must contain at least one line");
            return false;
        }
        if (lines.size() > MAX_LINES) {
            v.add("lines", "must contain at most " + MAX_LINES + " lines");
            return false;
        }
        int before = v.errors().size();
        for (int i = 0; i < lines.size(); i++) {
            validateLine(v, "lines[" + i + "]", lines.get(i));
        }
        return v.errors().size() == before;
    }

    private static void validateLine(Violations v, String at, LineItem line) {
        if (line == null) {
            v.add(at, "must not be null");
            return;
        }
        if (v.required(at + ".description", line.description())) {
            v.text(at + ".description", line.description(), 1000);
        }
        v.text(at + ".unit", line.unit(), 20);
        if (v.required(at + ".quantity", line.quantity())) {
            v.check(at + ".quantity", line.quantity(), q -> q.signum() != 0, "must not be zero");
            v.check(at + ".quantity", line.quantity(), q -> q.scale() <= 6, "must have at most 6 decimals");
            v.check(
                    at + ".quantity",
                    line.quantity(),
                    q -> q.abs().compareTo(MAX_QUANTITY) <= 0,
                    "must be at most " + MAX_QUANTITY.toPlainString() + " (in either direction)");
        }
        if (v.required(at + ".unitPrice", line.unitPrice())) {
            v.check(at + ".unitPrice", line.unitPrice(), p -> p.scale() <= 6, "must have at most 6 decimals");
            v.check(
                    at + ".unitPrice",
                    line.unitPrice(),
                    p -> p.abs().compareTo(MAX_AMOUNT) <= 0,
                    "must be at most " + MAX_AMOUNT.toPlainString() + " (in either direction)");
        }
        if (v.required(at + ".taxRate", line.taxRate())) {
            v.check(
                    at + ".taxRate",
                    line.taxRate(),
                    r -> r.signum() >= 0 && r.compareTo(HUNDRED) <= 0,
                    "must be a percentage between 0 and 100");
        }
    }

    /** All problems of a corrected party of a document of this type; empty when it is valid. */
    public static List<FieldError> validateParty(Party party, DocumentType type) {
        Violations v = new Violations();
        validateParty(v, party, type);
        return v.errors();
    }

    private static void validateParty(Violations v, Party p, DocumentType type) {
        boolean needed = type == DocumentType.SALES_INVOICE || type == DocumentType.CREDIT_NOTE;
        if (p == null) {
            if (needed) {
                v.add("party", "is required for a " + type + " (the customer)");
            }
            return;
        }
        if (needed && p.displayName().isEmpty()) {
            v.add("party", "needs a companyName or a firstName/lastName");
        }
        v.text("party.email", p.email(), 254);
        v.check(
                "party.email",
                p.email(),
                e -> EMAIL.matcher(e).matches(),
                "must be an e-mail address such as name@example.com");
        v.check(
                "party.country",
                p.country(),
                COUNTRIES::contains,
                "must be an ISO 3166-1 alpha-2 country code such as DE");
        for (String[] f : new String[][] {
            {"companyName", p.companyName()},
            {"title", p.title()},
            {"firstName", p.firstName()},
            {"lastName", p.lastName()},
            {"street", p.street()},
            {"zip", p.zip()},
            {"city", p.city()},
            {"phone", p.phone()},
            {"vatId", p.vatId()},
            {"customerNumber", p.customerNumber()}
        }) {
            v.text("party." + f[0], f[1], 255);
        }
    }

    private static void validateTags(Violations v, List<String> tags) {
        if (tags == null) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            v.add("tags", "must contain at most " + MAX_TAGS + " tags");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag == null || tag.isBlank()) {
                v.add("tags[" + i + "]", "must not be blank");
            } else {
                v.text("tags[" + i + "]", tag, 64);
                v.check("tags[" + i + "]", tag, seen::add, "is listed twice");
            }
        }
    }
}
