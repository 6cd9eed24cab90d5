package io.ledgerbridge.sandbox.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Billomat's API reference (the field tables of billomat.com/api, as structured JSON with its licence) as a
 * request check for JSON bodies: the endpoint exists, the body is the one resource element the endpoint writes
 * ({@code {"invoice":{…}}}), every field is one the table lists, required ones are there, and each value has the
 * table's type (INT, FLOAT, DATE, BOOL, the listed choices). Overrides, each with its reason, are in
 * {@code billomat/overrides.json}: fields the tables leave out although the pages show them, such as the positions
 * nested in a new invoice.
 */
public final class BillomatReference {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile BillomatReference instance;

    private final List<BillomatEndpoint> endpoints;

    private BillomatReference(List<BillomatEndpoint> endpoints) {
        this.endpoints = endpoints;
    }

    /** The reference with its overrides, loaded once. */
    public static BillomatReference official() {
        BillomatReference r = instance;
        if (r == null) {
            synchronized (BillomatReference.class) {
                r = instance;
                if (r == null) {
                    r = load("billomat/billomat-api-reference.json", "billomat/overrides.json");
                    instance = r;
                }
            }
        }
        return r;
    }

    static BillomatReference load(String referenceResource, String overridesResource) {
        ArrayNode patch = (ArrayNode) ContractResources.tree(overridesResource, JSON);
        SpecOverrides.parse(patch);
        JsonNode reference = SpecOverrides.apply(ContractResources.tree(referenceResource, JSON), patch);
        List<BillomatEndpoint> endpoints = new ArrayList<>();
        reference.path("resources").forEach(resource -> resource.path("endpoints")
                .forEach(e -> {
                    if (e.path("method").isTextual() && e.path("path").isTextual()) {
                        endpoints.add(BillomatEndpoint.of(e));
                    }
                }));
        return new BillomatReference(endpoints);
    }

    /**
     * @param method the HTTP method
     * @param path the path from {@code /api} on, e.g. {@code /api/invoices} or {@code /api/invoices/12/complete}
     * @param body the JSON body; null for none
     * @return what breaks the reference ("where: what"); empty when the request conforms
     */
    public List<String> violations(String method, String path, JsonNode body) {
        Optional<BillomatEndpoint> endpoint =
                endpoints.stream().filter(e -> e.matches(method, path)).findFirst();
        if (endpoint.isEmpty()) {
            return List.of("request: " + method + " " + path + " is not an endpoint of the Billomat API reference");
        }
        if (endpoint.get().fields().isEmpty() || body == null || body.isNull() || body.isEmpty()) {
            return List.of();
        }
        return endpoint.get().check(body, this::fieldsOfNested);
    }

    /** The fields of a nested element, e.g. {@code invoice-item} inside a new invoice: those of its own endpoint. */
    private Map<String, BillomatField> fieldsOfNested(String element) {
        String collection = "/api/" + element + "s";
        return endpoints.stream()
                .filter(e -> e.matches("POST", collection))
                .findFirst()
                .map(BillomatEndpoint::fields)
                .orElse(Map.of());
    }
}
