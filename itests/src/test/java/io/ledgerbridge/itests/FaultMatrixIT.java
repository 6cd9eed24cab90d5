package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Faults of the target in the distribution (issue 14, point 5): a flaky webhook endpoint (5xx, timeouts after the
 * endpoint accepted, bursts of 429 with Retry-After) gets every document exactly once within a bounded number of
 * attempts; a sevdesk token revoked takes the connection offline after one attempt, without a hot loop, and once the
 * token is valid again and the connection tested every waiting invoice is delivered.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FaultMatrixIT {
    private static final String DELIVERY = "etc/io.ledgerbridge.delivery.cfg";
    private static final int MAX_ATTEMPTS = 8;
    private static final int DOCUMENTS = 30;
    /**
     * 20 % 5xx, 5 % held 3 s (the connection waits 2 s), 5 × 429 (Retry-After 1 s) in every 40 requests; at most 4
     * faults per transfer, fewer than MAX_ATTEMPTS, so every transfer must be delivered.
     */
    private static final FaultProxy.Mix FLAKY = new FaultProxy.Mix(0.20, 0.05, 40, 5, 1, Duration.ofSeconds(3), 4);

    private static final String SEVDESK_TOKEN = "0123456789abcdef0123456789abcdef";

    @Inject
    FeaturesService features;

    @Inject
    ConfigurationAdmin configAdmin;

    private Api demo;

    @Configuration
    public Option[] config() {
        return Stream.concat(
                        Stream.of(Distribution.options()),
                        Stream.of(
                                editConfigurationFilePut(DELIVERY, "maxAttempts", Integer.toString(MAX_ATTEMPTS)),
                                editConfigurationFilePut(DELIVERY, "backoffBaseMillis", "100"),
                                editConfigurationFilePut(DELIVERY, "backoffCapSeconds", "1")))
                .toArray(Option[]::new);
    }

    @Before
    public void waitForApi() throws InterruptedException {
        demo = Distribution.api("demo");
        Await.until(
                "REST API up",
                60,
                () -> demo.get("/connections").status() == 200
                        && demo.get("/documents").status() == 200);
    }

    @Test
    public void aFlakyTargetGetsEveryDocumentOnceWithinBoundedAttempts() throws Exception {
        features.installFeature("ledgerbridge-connector-webhook");
        try (CountingEndpoint endpoint = new CountingEndpoint(8);
                FaultProxy proxy = new FaultProxy(endpoint.url().replace("/hook", ""), FLAKY, 5)) {
            String connection = create(
                    "webhook",
                    "\"name\":\"Flaky\",\"active\":true,\"url\":\"" + proxy.root() + "/hook\","
                            + "\"timeoutSeconds\":2,\"requestsPerSecond\":100,\"concurrency\":4");
            List<String> documents = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                documents.add(demo.finalizedInvoice("flaky-" + i));
            }
            awaitAllDelivered(documents, connection, 120);

            Map<FaultProxy.Fault, Integer> faults = proxy.counts();
            int maxLedger = 0;
            int maxAttempts = 0;
            for (String id : documents) {
                JsonNode transfer =
                        demo.get("/transfers?documentId=" + id).json().at("/items/0");
                maxLedger = Math.max(maxLedger, transfer.get("ledger").size());
                maxAttempts = Math.max(maxAttempts, transfer.get("attempts").asInt());
            }
            System.out.printf(
                    "FaultMatrixIT flaky target: %s; delivered %d, duplicates %d, max ledger %d, max attempts %d%n",
                    faults, endpoint.distinct(), endpoint.duplicates(), maxLedger, maxAttempts);
            for (FaultProxy.Fault f : FaultProxy.Fault.values()) {
                assertTrue("the proxy injected " + f + ": " + faults, faults.getOrDefault(f, 0) > 0);
            }
            assertEquals(DOCUMENTS, endpoint.distinct());
            assertEquals("duplicates at the target", 0, endpoint.duplicates());
            // every attempt of a transfer is a call the proxy answered: its faults (at most the cap), then the delivery
            assertTrue("ledger length bounded: " + maxLedger, maxLedger <= FLAKY.maxFaultsPerKey() + 1);
        }
    }

    @Test
    public void aRevokedTokenTakesTheConnectionOfflineUntilFixedAndLosesNothing() throws Exception {
        SandboxSimulator sevdesk = SandboxSimulator.startAlone("sevdesk", configAdmin, features);
        features.installFeature("ledgerbridge-connector-sevdesk");
        Await.until(
                "sevdesk connector type registered",
                60,
                () -> demo.post("/connections", "{\"connectorId\":\"sevdesk\",\"settings\":{\"apiToken\":\"x\"}}")
                                .status()
                        == 422);
        String connection = create(
                "sevdesk",
                "\"name\":\"Revoked\",\"active\":true,\"apiToken\":\"" + SEVDESK_TOKEN + "\",\"baseUrl\":\""
                        + sevdesk.root() + "/api/v1\"");
        Await.until("the connector of " + connection + " is ready", 60, () -> demo.post(
                        "/connections/" + connection + "/test", null)
                .json()
                .path("ok")
                .asBoolean());
        List<String> documents = new ArrayList<>(List.of(demo.finalizedInvoice("revoked-0")));
        awaitAllDelivered(documents, connection, 60);

        assertEquals(
                200,
                sevdesk.send("DELETE", "/__sim/tokens/" + SEVDESK_TOKEN, null).statusCode());
        assertEquals(200, sevdesk.send("DELETE", "/__sim/requests", null).statusCode());
        List<String> waiting = List.of(demo.finalizedInvoice("revoked-1"), demo.finalizedInvoice("revoked-2"));
        Await.until("the connection OFFLINE with AUTH_ERROR", 60, () -> {
            JsonNode c = demo.get("/connections/" + connection).json();
            return c.path("status").asText().equals("OFFLINE")
                    && c.path("statusDetail").asText().equals("AUTH_ERROR");
        });
        Await.holds("at most 2 calls at sevdesk while the token is revoked", 5, () -> targetCalls(sevdesk) <= 2);
        int callsWhileRevoked = targetCalls(sevdesk);
        assertTrue("one attempt was made", callsWhileRevoked >= 1);
        waiting.forEach(
                id -> assertEquals("PENDING", statuses(List.of(id), connection).get(id)));

        assertEquals(
                200,
                sevdesk.send("POST", "/__sim/tokens", "{\"token\":\"" + SEVDESK_TOKEN + "\"}")
                        .statusCode());
        JsonNode tested =
                demo.post("/connections/" + connection + "/test", null).json();
        assertTrue(tested.toString(), tested.get("ok").asBoolean());
        documents.addAll(waiting);
        awaitAllDelivered(documents, connection, 60);
        System.out.printf(
                "FaultMatrixIT revoked token: %d call(s) at sevdesk while revoked; %d delivered after the fix%n",
                callsWhileRevoked, waiting.size());
        assertEquals(3, sevdesk.json("/__sim/state/Invoice").size());
        assertEquals("0 duplicates", "{}", sevdesk.json("/__sim/duplicates").toString());
    }

    /** Calls of the sevdesk API itself (not of the simulator's control API) since the log was cleared. */
    private static int targetCalls(SandboxSimulator sevdesk) {
        int calls = 0;
        for (JsonNode r : sevdesk.json("/__sim/requests")) {
            calls += r.path("path").asText().startsWith("/__sim") ? 0 : 1;
        }
        return calls;
    }

    private String create(String connector, String settings) {
        Api.Response created =
                demo.post("/connections", "{\"connectorId\":\"" + connector + "\",\"settings\":{" + settings + "}}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    private void awaitAllDelivered(List<String> documents, String connection, int seconds) throws InterruptedException {
        Await.until(documents.size() + " document(s) delivered", seconds, () -> {
            Map<String, String> statuses = statuses(documents, connection);
            assertTrue(statuses.toString(), !statuses.containsValue("FAILED"));
            return statuses.values().stream().allMatch("DELIVERED"::equals);
        });
    }

    /** Each document's transfer status over the connection ({@code NONE} before it has one). */
    private Map<String, String> statuses(List<String> documents, String connection) {
        JsonNode all = demo.get("/transfers/status?documentIds=" + String.join(",", documents))
                .json()
                .get("documents");
        Map<String, String> statuses = new TreeMap<>();
        documents.forEach(id -> statuses.put(id, all.path(id).path(connection).asText("NONE")));
        return statuses;
    }
}
