package io.ledgerbridge.model;

import static io.ledgerbridge.model.Drafts.invoice;
import static io.ledgerbridge.model.Drafts.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentValidatorTest {

    private static List<String> fields(DocumentDraft d) {
        return DocumentValidator.validate(d).stream().map(FieldError::field).collect(Collectors.toList());
    }

    private static Totals totals(String net, String tax, String gross) {
        return new Totals(new BigDecimal(net), new BigDecimal(tax), new BigDecimal(gross));
    }

    @Test
    void aCompleteInvoiceIsValid() {
        assertEquals(List.of(), DocumentValidator.validate(Drafts.valid()));
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        DocumentDraft d =
                new DocumentDraft(null, " ", null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(
                List.of("sourceId", "type", "direction", "number", "issueDate", "currency", "lines", "totals"),
                fields(d));
    }

    @Test
    void aLinkBackToTheErpMustBeAFullWebAddress() {
        DocumentDraft v = Drafts.valid();
        for (String good : List.of("https://erp.example.com/invoices/42", "http://localhost:8080/inv?id=7")) {
            assertEquals(List.of(), DocumentValidator.validate(v.withSourceUrl(good)), good);
        }
        for (String bad :
                List.of("erp.example.com/invoices/42", "ftp://erp.example.com/x", "https://", "javascript:alert(1)")) {
            List<FieldError> errors = DocumentValidator.validate(v.withSourceUrl(bad));
            assertEquals(
                    List.of("sourceUrl"), errors.stream().map(FieldError::field).toList(), bad);
            assertEquals(
                    "must be the full address of the document in your ERP, starting with https:// or http://, "
                            + "e.g. https://erp.example.com/invoices/42",
                    errors.get(0).message());
        }
    }

    @Test
    void amountsAndDatesStayWithinWhatABusinessDocumentCanHave() {
        assertEquals(
                List.of("lines[0].quantity", "lines[0].unitPrice"),
                fields(invoice(List.of(line("1000000001", "1000000000001", "19")), totals("1", "1", "2"))).stream()
                        .filter(f -> f.startsWith("lines"))
                        .toList());
        DocumentDraft v = Drafts.valid();
        DocumentDraft ancient = new DocumentDraft(
                v.tenantId(),
                v.sourceId(),
                v.type(),
                v.direction(),
                v.number(),
                LocalDate.of(0, 1, 1),
                null,
                LocalDate.of(57443, 1, 1),
                v.currency(),
                v.lines(),
                v.totals(),
                v.party(),
                v.tags(),
                v.attachments());
        List<FieldError> errors = DocumentValidator.validate(ancient);
        assertEquals(
                List.of("issueDate", "dueDate"),
                errors.stream().map(FieldError::field).toList());
        assertEquals("must be between 1900-01-01 and 2999-12-31", errors.get(0).message());
    }

    @Test
    void totalsMustMatchTheLines() {
        DocumentDraft d = invoice(List.of(line("3", "33.33", "19")), totals("100.00", "19.00", "119.00"));
        List<FieldError> errors = DocumentValidator.validate(d);
        assertEquals("totals.net", errors.get(0).field());
        assertEquals("is 100.00 but the lines add up to 99.99", errors.get(0).message());
        assertEquals(List.of("totals.net"), fields(d)); // 99.99 * 19% rounds to the stated 19.00
    }

    @Test
    void linesWithinTheirBoundsMayNotAddUpToMoreThanTheLedgerHolds() {
        // 1 000 000 000 x 1 000 000 000 000 = 10^21: each factor allowed, the sum beyond NUMERIC(19,2)
        String huge = "1000000000000000000000";
        assertEquals(
                List.of("totals.net", "totals.gross"),
                fields(invoice(List.of(line("1000000000", "1000000000000", "0")), totals(huge, "0", huge))));
    }

    @Test
    void grossMustBeNetPlusTax() {
        assertEquals(
                List.of("totals.gross"),
                fields(invoice(List.of(line("1", "10", "19")), totals("10", "1.90", "12.00"))));
    }

    @Test
    void taxIsAcceptedPerRateGroupOrPerLine() {
        // per line: 0.0057 -> 0.01 each, 3 lines = 0.03; per rate group: 0.09 * 19% = 0.0171 -> 0.02
        List<LineItem> lines = List.of(line("1", "0.03", "19"), line("1", "0.03", "19"), line("1", "0.03", "19"));
        assertEquals(List.of(), fields(invoice(lines, totals("0.09", "0.02", "0.11"))));
        assertEquals(List.of(), fields(invoice(lines, totals("0.09", "0.03", "0.12"))));
        assertEquals(List.of("totals.tax", "totals.gross"), fields(invoice(lines, totals("0.09", "0.04", "0.12"))));
    }

    @Test
    void mixedRatesAreSummedPerRate() {
        List<LineItem> lines = List.of(line("1", "100", "19"), line("2", "10.00", "7"));
        assertEquals(List.of(), fields(invoice(lines, totals("120.00", "20.40", "140.40"))));
    }

    @Test
    void currencyAndCountryMustBeIsoCodes() {
        DocumentDraft d = Drafts.valid();
        DocumentDraft bad = new DocumentDraft(
                null,
                "x",
                d.type(),
                d.direction(),
                "1",
                d.issueDate(),
                null,
                null,
                "EURO",
                d.lines(),
                d.totals(),
                new Party(null, "ACME", null, null, null, null, null, null, "Germany", null, null, null),
                null,
                null);
        assertEquals(List.of("currency", "party.country"), fields(bad));
        DocumentDraft lower = new DocumentDraft(
                null,
                "x",
                d.type(),
                d.direction(),
                "1",
                d.issueDate(),
                null,
                null,
                "eur",
                d.lines(),
                d.totals(),
                d.party(),
                null,
                null);
        assertEquals(List.of("currency"), fields(lower));
    }

    @Test
    void dueDateBeforeIssueDateIsRejected() {
        DocumentDraft d = Drafts.valid();
        DocumentDraft bad = new DocumentDraft(
                null,
                "x",
                d.type(),
                d.direction(),
                "1",
                d.issueDate(),
                null,
                d.issueDate().minusDays(1),
                "EUR",
                d.lines(),
                d.totals(),
                d.party(),
                null,
                null);
        assertEquals(List.of("dueDate"), fields(bad));
    }

    @Test
    void lineRulesNameTheLine() {
        LineItem zero = new LineItem("x", BigDecimal.ZERO, null, BigDecimal.ONE, new BigDecimal("19"));
        LineItem badRate = new LineItem("", BigDecimal.ONE, null, BigDecimal.ONE, new BigDecimal("101"));
        DocumentDraft d = invoice(List.of(line("1", "1", "19"), zero, badRate), totals("1", "0.19", "1.19"));
        assertEquals(List.of("lines[1].quantity", "lines[2].description", "lines[2].taxRate"), fields(d));
    }

    @Test
    void invoicesNeedACustomerWithAName() {
        DocumentDraft d = Drafts.valid();
        DocumentDraft noParty = new DocumentDraft(
                null,
                "x",
                d.type(),
                d.direction(),
                "1",
                d.issueDate(),
                null,
                null,
                "EUR",
                d.lines(),
                d.totals(),
                null,
                null,
                null);
        assertEquals(List.of("party"), fields(noParty));
        DocumentDraft receipt = new DocumentDraft(
                null,
                "x",
                DocumentType.RECEIPT,
                Direction.INCOMING,
                "1",
                d.issueDate(),
                null,
                null,
                "EUR",
                d.lines(),
                d.totals(),
                null,
                null,
                null);
        assertEquals(List.of(), fields(receipt));
        DocumentDraft badMail = new DocumentDraft(
                null,
                "x",
                d.type(),
                d.direction(),
                "1",
                d.issueDate(),
                null,
                null,
                "EUR",
                d.lines(),
                d.totals(),
                new Party("not-an-email", "ACME", null, null, null, null, null, null, null, null, null, null),
                null,
                null);
        assertEquals(List.of("party.email"), fields(badMail));
    }

    @Test
    void tagsMustBeDistinctAndNotBlank() {
        DocumentDraft d = Drafts.valid();
        DocumentDraft bad = new DocumentDraft(
                null,
                "x",
                d.type(),
                d.direction(),
                "1",
                d.issueDate(),
                null,
                null,
                "EUR",
                d.lines(),
                d.totals(),
                d.party(),
                List.of("a", " ", "a"),
                null);
        assertEquals(List.of("tags[1]", "tags[2]"), fields(bad));
        DocumentDraft many = new DocumentDraft(
                null,
                "x",
                d.type(),
                d.direction(),
                "1",
                d.issueDate(),
                null,
                null,
                "EUR",
                d.lines(),
                d.totals(),
                d.party(),
                Collections.nCopies(51, "t"),
                null);
        assertTrue(fields(many).contains("tags"));
    }

    @Test
    void attachmentsMustBeWhatTheyClaim() {
        DocumentDraft d = Drafts.valid();
        List<NewAttachment> files = List.of(
                new NewAttachment(AttachmentKind.PDF, "a.pdf", "application/pdf", "hello".getBytes()),
                new NewAttachment(AttachmentKind.E_INVOICE, "x.xml", "application/pdf", "<Invoice/>".getBytes()),
                new NewAttachment(AttachmentKind.E_INVOICE, "../x.xml", "application/xml", new byte[0]),
                new NewAttachment(AttachmentKind.E_INVOICE, "ok.xml", "text/xml", "\uFEFF <?xml?><a/>".getBytes()));
        DocumentDraft bad = new DocumentDraft(
                null,
                "x",
                d.type(),
                d.direction(),
                "1",
                d.issueDate(),
                null,
                null,
                "EUR",
                d.lines(),
                d.totals(),
                d.party(),
                null,
                files);
        assertEquals(
                List.of(
                        "attachments[0].content",
                        "attachments[1].mediaType",
                        "attachments[2].fileName",
                        "attachments[2].content"),
                fields(bad));
    }

    @Test
    void overlongTextIsRejected() {
        DocumentDraft d = Drafts.valid();
        DocumentDraft bad = new DocumentDraft(
                null,
                "x".repeat(201),
                d.type(),
                d.direction(),
                "1\u0007",
                d.issueDate(),
                LocalDate.of(2026, 1, 1),
                null,
                "EUR",
                d.lines(),
                d.totals(),
                d.party(),
                null,
                null);
        assertEquals(List.of("sourceId", "number"), fields(bad));
    }
}
