package io.ledgerbridge.sandbox.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.sandbox.RequestContract;
import java.util.List;
import java.util.Map;

/**
 * The Billomat simulator's check: {@link BillomatReference#official()} for JSON bodies (XML bodies, which Billomat
 * also takes, are left to the simulator's handlers). Found by {@link java.util.ServiceLoader}.
 */
public final class BillomatRequestContract implements RequestContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BillomatReference reference;

    /** Loads the reference now, when the simulator is built, not at its first request. */
    public BillomatRequestContract() {
        this.reference = BillomatReference.official();
    }

    @Override
    public String service() {
        return "billomat";
    }

    @Override
    public List<String> violations(
            String method, String path, String query, Map<String, List<String>> headers, String body) {
        String type = headers.entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
                .flatMap(h -> h.getValue().stream())
                .findFirst()
                .orElse("");
        if (body.isEmpty() || !type.contains("json")) {
            return reference.violations(method, "/api" + path, null);
        }
        try {
            JsonNode json = JSON.readTree(body);
            return reference.violations(method, "/api" + path, json);
        } catch (JsonProcessingException e) {
            return List.of("body: is not JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
