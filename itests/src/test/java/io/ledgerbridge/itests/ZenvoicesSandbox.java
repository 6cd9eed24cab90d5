package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The sandbox's Zenvoices simulator in the container, seen from a test: started alone on a free port, with its
 * organisation {@code SANDBOX} (companies {@code ACME} and {@code BETA}), and read through its control API.
 */
final class ZenvoicesSandbox {
    /** The seeded organisation, user and password (ZenvoicesSimulator.SANDBOX_TENANCY, SANDBOX_USER, ...). */
    static final String ORGANIZATION = "SANDBOX";

    static final String USER = "api@sandbox.test";
    static final String PASSWORD = "sandbox";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String root;

    private ZenvoicesSandbox(String root) {
        this.root = root;
    }

    /** Configures the sandbox with only the Zenvoices simulator on a free port, installs it and waits for it. */
    static ZenvoicesSandbox start(ConfigurationAdmin configAdmin, FeaturesService features) throws Exception {
        int port = Distribution.freePort();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("host", "127.0.0.1");
        props.put("zenvoices.port", port);
        props.put("sevdesk.port", -1);
        props.put("billomat.port", -1);
        props.put("onecockpit.port", -1);
        configAdmin.getConfiguration("io.ledgerbridge.sandbox", "?").update(props);
        features.installFeature("ledgerbridge-sandbox");
        ZenvoicesSandbox sandbox = new ZenvoicesSandbox("http://127.0.0.1:" + port);
        Await.until("Zenvoices simulator on port " + port, 60, sandbox::answers);
        return sandbox;
    }

    /** The address a connection's advanced {@code baseUrl} points to. */
    String baseUrl() {
        return root;
    }

    /** Adds a company (administration) to the sandbox organisation. */
    void addCompany(String code, String name) {
        String body = "{\"tenancyName\":\"" + ORGANIZATION + "\",\"code\":\"" + code + "\",\"name\":\"" + name + "\"}";
        HttpResponse<String> created = send("POST", "/__sim/administrations", body);
        assertEquals(created.body(), 201, created.statusCode());
    }

    /**
     * Every inbox item of the organisation, as {@code "<externalId> <fileName>"} per company code, sorted; a document
     * uploaded twice shows twice.
     */
    Map<String, List<String>> inboxByCompany() {
        Map<Long, String> codes = new HashMap<>();
        for (JsonNode company : state("administrations")) {
            codes.put(company.get("id").asLong(), company.get("code").asText());
        }
        Map<String, List<String>> inbox = new TreeMap<>();
        for (JsonNode item : state("inbox")) {
            String company = codes.get(item.get("administrationId").asLong());
            inbox.computeIfAbsent(company, c -> new ArrayList<>())
                    .add(item.get("externalId").asText() + " "
                            + item.get("fileName").asText());
        }
        inbox.values().forEach(Collections::sort);
        return inbox;
    }

    /**
     * The inbox uploads Zenvoices answered, from the request log: the simulator returns the existing item for a
     * repeated externalId, so only this count shows a document sent twice.
     */
    long uploads() {
        HttpResponse<String> response = send("GET", "/__sim/requests", null);
        assertEquals(response.body(), 200, response.statusCode());
        long count = 0;
        for (JsonNode request : parse(response.body())) {
            boolean upload = "POST".equals(request.path("method").asText())
                    && "/public-api/v1/inbox".equals(request.path("path").asText());
            count += upload && request.path("status").asInt() == 200 ? 1 : 0;
        }
        return count;
    }

    /** Documents (externalIds) created more than once, in any company: {@code {}} when none. */
    String duplicates() {
        HttpResponse<String> response = send("GET", "/__sim/duplicates", null);
        assertEquals(response.body(), 200, response.statusCode());
        return response.body().replaceAll("\\s", "");
    }

    private JsonNode state(String collection) {
        HttpResponse<String> response = send("GET", "/__sim/state/" + ORGANIZATION + "/" + collection, null);
        assertEquals(response.body(), 200, response.statusCode());
        return parse(response.body());
    }

    private static JsonNode parse(String json) {
        try {
            return Api.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private boolean answers() {
        try {
            return trySend("GET", "/__sim/state", null).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private HttpResponse<String> send(String method, String path, String json) {
        try {
            return trySend(method, path, json);
        } catch (IOException e) {
            throw new AssertionError("the Zenvoices simulator did not answer " + method + " " + path, e);
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
