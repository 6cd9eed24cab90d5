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
import java.util.List;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * One of the sandbox's simulators, in the container (started alone on a free port, the others off) or in a
 * {@link SandboxProcess}, spoken to over its address and its control API ({@code /__sim/...}).
 */
final class SandboxSimulator {
    private static final List<String> SIMULATORS = List.of("sevdesk", "billomat", "zenvoices", "onecockpit");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String name;
    private final String root;

    private SandboxSimulator(String name, String root) {
        this.name = name;
        this.root = root;
    }

    /** Configures the sandbox with only this simulator on a free port, installs it and waits until it answers. */
    static SandboxSimulator startAlone(String name, ConfigurationAdmin configAdmin, FeaturesService features)
            throws Exception {
        int port = Distribution.freePort();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("host", "127.0.0.1");
        SIMULATORS.forEach(s -> props.put(s + ".port", s.equals(name) ? port : -1));
        configAdmin.getConfiguration("io.ledgerbridge.sandbox", "?").update(props);
        features.installFeature("ledgerbridge-sandbox");
        SandboxSimulator simulator = new SandboxSimulator(name, "http://127.0.0.1:" + port);
        Await.until(name + " simulator on port " + port, 60, simulator::answers);
        return simulator;
    }

    /** A simulator already listening at {@code root} (http://host:port), e.g. in a {@link SandboxProcess}. */
    static SandboxSimulator at(String name, String root) {
        return new SandboxSimulator(name, root);
    }

    /** Whether its control API answers (false while it is not listening yet). */
    boolean answers() {
        try {
            return trySend("GET", "/__sim/state", null).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    /** The address a connection's advanced {@code baseUrl} points to. */
    String root() {
        return root;
    }

    /** GET of a path that must answer 200 with JSON. */
    JsonNode json(String path) {
        HttpResponse<String> response = send("GET", path, null);
        assertEquals(response.body(), 200, response.statusCode());
        return parse(response.body());
    }

    HttpResponse<String> send(String method, String path, String json) {
        try {
            return trySend(method, path, json);
        } catch (IOException e) {
            throw new AssertionError("the " + name + " simulator did not answer " + method + " " + path, e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return Api.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private HttpResponse<String> trySend(String method, String path, String json) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
