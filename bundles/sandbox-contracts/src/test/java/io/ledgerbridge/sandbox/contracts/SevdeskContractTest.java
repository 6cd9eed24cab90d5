package io.ledgerbridge.sandbox.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SevdeskContractTest {
    private static final Map<String, List<String>> JSON_HEADERS = Map.of(
            "Authorization", List.of("0123456789abcdef0123456789abcdef"),
            "Content-Type", List.of("application/json"));

    /** An invoice as the specification declares it: integer ids, string enums, positions in invoicePosSave. */
    static String invoice(String contactId) {
        return """
                {"invoice":{"objectName":"Invoice","mapAll":true,"invoiceNumber":"RE-1",
                 "contact":{"id":%s,"objectName":"Contact"},"contactPerson":{"id":1,"objectName":"SevUser"},
                 "invoiceDate":"2026-11-02","status":"100","invoiceType":"RE","currency":"EUR","discount":0,
                 "addressCountry":{"id":1,"objectName":"StaticCountry"},"taxText":"Umsatzsteuer 19%%",
                 "taxRule":{"id":"1","objectName":"TaxRule"}},
                 "invoicePosSave":[{"objectName":"InvoicePos","mapAll":true,"quantity":1,"price":100,"taxRate":19,
                 "unity":{"id":1,"objectName":"Unity"}}]}""".formatted(contactId);
    }

    @Test
    void anInvoiceAsTheSpecificationDeclaresItConforms() {
        assertEquals(List.of(), violations("POST", "/Invoice/Factory/saveInvoice", invoice("12")));
    }

    @Test
    void anIdSentAsAStringWhereTheSpecificationDeclaresAnIntegerIsNamed() {
        List<String> found = violations("POST", "/Invoice/Factory/saveInvoice", invoice("\"12\""));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("/invoice/contact/id: "), found.toString());
    }

    @Test
    void withoutTheOverridesTheSpecificationsOwnMistakesRefuseACorrectInvoice() {
        OpenApiContract published = OpenApiContract.load("sevdesk/openapi-official.yaml", "no-overrides.json");
        List<String> found =
                published.violations("POST", "/Invoice/Factory/saveInvoice", "", JSON_HEADERS, invoice("12"));
        assertTrue(found.stream().anyMatch(v -> v.contains("invoicePos")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.contains("taxType")), found.toString());
    }

    @Test
    void everyOverrideSaysWhyAndTheListStaysShort() {
        List<SpecOverride> overrides = SevdeskContract.official().overrides();
        assertFalse(overrides.isEmpty());
        assertTrue(overrides.size() <= 10, overrides.size() + " overrides");
        overrides.forEach(o -> assertTrue(o.why().length() > 40, o.paths() + ": " + o.why()));
    }

    @Test
    void theUsersAndCountriesTheSpecificationOmitsAreKnownPaths() {
        assertEquals(List.of(), violations("GET", "/SevUser", null));
        assertEquals(List.of(), violations("GET", "/StaticCountry", null));
        assertFalse(violations("GET", "/NoSuchResource", null).isEmpty());
    }

    @Test
    void aRequestWithoutTheTokenHeaderIsNamed() {
        List<String> found = SevdeskContract.official().violations("GET", "/Contact", "depth=1", Map.of(), null);
        assertTrue(found.stream().anyMatch(v -> v.contains("validation.request.security.missing")), found.toString());
    }

    private static List<String> violations(String method, String path, String body) {
        return SevdeskContract.official().violations(method, path, "", JSON_HEADERS, body);
    }
}
