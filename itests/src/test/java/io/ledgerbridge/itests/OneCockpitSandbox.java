package io.ledgerbridge.itests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The sandbox's OneCockpit simulator (assumed API) in the container, seen from a test: started alone on a free port
 * with its seeded login, and read through its control API ({@code /__sim/state/...}, {@code /__sim/creates}).
 */
final class OneCockpitSandbox {
    /** The seeded login and account (OneCockpitSimulator.SANDBOX_USER, SANDBOX_PASSWORD, SANDBOX_ACCOUNT_*). */
    static final String USER = "demo@onecockpit.test";

    static final String PASSWORD = "sandbox";
    static final String ACCOUNT = "Sandbox Agentur GmbH (4711)";

    private final SandboxSimulator simulator;

    private OneCockpitSandbox(SandboxSimulator simulator) {
        this.simulator = simulator;
    }

    /** Configures the sandbox with only the OneCockpit simulator on a free port, installs it and waits for it. */
    static OneCockpitSandbox start(ConfigurationAdmin configAdmin, FeaturesService features) throws Exception {
        return new OneCockpitSandbox(SandboxSimulator.startAlone("onecockpit", configAdmin, features));
    }

    /** The address a connection's advanced {@code baseUrl} points to. */
    String baseUrl() {
        return simulator.root();
    }

    /** The invoices OneCockpit shows, by invoice number. */
    Map<String, JsonNode> invoices() {
        return byKey("invoices", "invoiceNumber");
    }

    /** The customers OneCockpit has, by (lower-cased) e-mail. */
    Map<String, JsonNode> customers() {
        return byKey("customers", "email");
    }

    /** How often each invoice number was created (an upsert of a known number does not count): all 1 means once. */
    Map<String, Integer> invoiceCreates() {
        JsonNode perNumber = get("/__sim/creates").path("invoiceNumber");
        Map<String, Integer> counts = new TreeMap<>();
        perNumber
                .fields()
                .forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
        return counts;
    }

    private Map<String, JsonNode> byKey(String collection, String key) {
        Map<String, JsonNode> rows = new TreeMap<>();
        for (JsonNode row : get("/__sim/state/" + collection)) {
            rows.put(row.path(key).asText(), row);
        }
        return rows;
    }

    private JsonNode get(String path) {
        return simulator.json(path);
    }
}
