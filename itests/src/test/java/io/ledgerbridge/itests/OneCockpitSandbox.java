package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Hashtable;
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

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String root;

    private OneCockpitSandbox(String root) {
        this.root = root;
    }

    /** Configures the sandbox with only the OneCockpit simulator on a free port, installs it and waits for it. */
    static OneCockpitSandbox start(ConfigurationAdmin configAdmin, FeaturesService features) throws Exception {
        int port = Distribution.freePort();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("host", "127.0.0.1");
        props.put("onecockpit.port", port);
        props.put("sevdesk.port", -1);
        props.put("billomat.port", -1);
        props.put("zenvoices.port", -1);
        configAdmin.getConfiguration("io.ledgerbridge.sandbox", "?").update(props);
        features.installFeature("ledgerbridge-sandbox");
        OneCockpitSandbox sandbox = new OneCockpitSandbox("http://127.0.0.1:" + port);
        Await.until("OneCockpit simulator on port " + port, 60, sandbox::answers);
        return sandbox;
    }

    /** The address a connection's advanced {@code baseUrl} points to. */
    String baseUrl() {
        return root;
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
        try {
            HttpResponse<String> response = trySend(path);
            assertEquals(response.body(), 200, response.statusCode());
            return Api.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("the OneCockpit simulator did not answer GET " + path, e);
        }
    }

    private boolean answers() {
        try {
            return trySend("/__sim/state").statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private HttpResponse<String> trySend(String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
