package io.ledgerbridge.sandbox.contracts;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An OpenAPI specification as a request check: the published specification, with its documented overrides
 * ({@link SpecOverrides}) applied, and a request answered with the list of what breaks it.
 */
public final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator validator;
    private final List<SpecOverride> overrides;

    private OpenApiContract(OpenApiInteractionValidator validator, List<SpecOverride> overrides) {
        this.validator = validator;
        this.overrides = overrides;
    }

    /**
     * @param specResource the YAML specification, a class path resource next to this class
     * @param overridesResource the JSON list of overrides (see {@link SpecOverrides}), next to it
     */
    static OpenApiContract load(String specResource, String overridesResource) {
        ArrayNode patch = (ArrayNode) ContractResources.tree(overridesResource, JSON);
        List<SpecOverride> overrides = SpecOverrides.parse(patch);
        JsonNode spec =
                SpecOverrides.apply(ContractResources.tree(specResource, new ObjectMapper(new YAMLFactory())), patch);
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                        spec.toString())
                .withBasePathOverride("/")
                .build();
        OpenApiContract contract = new OpenApiContract(validator, overrides);
        contract.violations("GET", "/", "", Map.of(), null); // warms the validator up: a cold first check takes ~200 ms
        return contract;
    }

    /** The overrides of the published specification, each with the reason it is wrong. */
    public List<SpecOverride> overrides() {
        return overrides;
    }

    /**
     * @param method the HTTP method
     * @param path the path below the API's base path, e.g. {@code /Invoice/Factory/saveInvoice}
     * @param query the raw (percent-encoded) query string; empty or null for none
     * @param headers the request headers (names in any case)
     * @param body the request body as text; null or empty for none
     * @return what breaks the specification, one line each ("where: what"); empty when the request conforms
     */
    public List<String> violations(
            String method, String path, String query, Map<String, List<String>> headers, String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), path);
        headers.forEach((name, values) -> request.withHeader(name, values));
        queryParameters(query).forEach(p -> request.withQueryParam(p[0], p[1]));
        if (body != null && !body.isEmpty()) {
            request.withBody(body);
        }
        ValidationReport report = validator.validateRequest(request.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(OpenApiContract::describe)
                .toList();
    }

    private static String describe(ValidationReport.Message m) {
        String where = m.getContext()
                .flatMap(c -> c.getPointers())
                .map(p -> p.getInstance())
                .filter(Objects::nonNull)
                .filter(p -> !p.isEmpty())
                .orElse("request");
        return where + ": " + m.getMessage() + " [" + m.getKey() + "]";
    }

    private static List<String[]> queryParameters(String query) {
        if (query == null || query.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty())
                .map(p -> {
                    int eq = p.indexOf('=');
                    String name = eq < 0 ? p : p.substring(0, eq);
                    String value = eq < 0 ? "" : p.substring(eq + 1);
                    return new String[] {decode(name), decode(value)};
                })
                .toList();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
