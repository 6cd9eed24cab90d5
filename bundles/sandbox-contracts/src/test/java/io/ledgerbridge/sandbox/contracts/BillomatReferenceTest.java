package io.ledgerbridge.sandbox.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillomatReferenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode invoice(String extraField, String item) throws Exception {
        return JSON.readTree("""
                {"invoice":{"client_id":"42","date":"2026-11-02","currency_code":"EUR","net_gross":"NET",
                 "number_pre":"RE-","number":"17"%s,
                 "invoice-items":{"invoice-item":[%s]}}}""".formatted(extraField, item));
    }

    private static final String ITEM =
            "{\"title\":\"Beratung\",\"quantity\":\"2\",\"unit_price\":\"75.00\",\"tax_rate\":\"19\",\"unit\":\"Std\"}";

    @Test
    void anInvoiceWithItsPositionsInlineConforms() throws Exception {
        assertEquals(List.of(), violations("POST", "/api/invoices", invoice("", ITEM)));
    }

    @Test
    void eachBreachIsNamedWithItsPlace() throws Exception {
        List<String> found = violations(
                "POST",
                "/api/invoices",
                invoice(
                        ",\"date_of_birth\":\"x\",\"due_date\":\"02.11.2026\",\"supply_date_type\":\"SOON\"",
                        "{\"title\":\"x\",\"quantity\":\"two\"}"));
        assertEquals(
                List.of(
                        "invoice.date_of_birth: is not a field of the reference's table",
                        "invoice.due_date: must be a date YYYY-MM-DD: 02.11.2026",
                        "invoice.supply_date_type: must be one of [SUPPLY_DATE, DELIVERY_DATE, SUPPLY_TEXT,"
                                + " DELIVERY_TEXT]: SOON",
                        "invoice.invoice-items.invoice-item[0].quantity: must be a number: two"),
                found);
    }

    @Test
    void requiredFieldsAndTheResourceElementAreChecked() throws Exception {
        assertEquals(
                List.of("invoice-payment.amount: is required"),
                violations("POST", "/api/invoice-payments", JSON.readTree("{\"invoice-payment\":{\"invoice_id\":1}}")));
        assertEquals(
                List.of("body: must be one element {\"client\":{…}}"),
                violations("POST", "/api/clients", JSON.readTree("{\"name\":\"Bello\"}")));
        assertEquals(
                List.of("invoice-payment.mark_invoice_as_paid: must be 0 or 1 (or true/false): yes"),
                violations(
                        "POST",
                        "/api/invoice-payments",
                        JSON.readTree("{\"invoice-payment\":{\"invoice_id\":1,\"amount\":\"10.00\","
                                + "\"mark_invoice_as_paid\":\"yes\"}}")));
    }

    @Test
    void pathsWithIdsMatchAndUnknownOnesAreRefused() throws Exception {
        assertEquals(List.of(), violations("PUT", "/api/invoices/17/complete", JSON.readTree("{\"complete\":{}}")));
        assertEquals(List.of(), violations("GET", "/api/invoices/17", null));
        assertTrue(violations("GET", "/api/invoicez", null).get(0).contains("not an endpoint"));
    }

    @Test
    void withoutTheOverridesThePositionsOfANewInvoiceAreRefused() throws Exception {
        BillomatReference published =
                BillomatReference.load("billomat/billomat-api-reference.json", "no-overrides.json");
        List<String> found = published.violations("POST", "/api/invoices", invoice("", ITEM));
        assertEquals(List.of("invoice.invoice-items: is not a field of the reference's table"), found);
    }

    private static List<String> violations(String method, String path, JsonNode body) {
        return BillomatReference.official().violations(method, path, body);
    }
}
