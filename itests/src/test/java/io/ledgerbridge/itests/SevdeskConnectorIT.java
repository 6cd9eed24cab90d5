package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * The sevdesk connector in the distribution, against the sevdesk simulator of the sandbox feature: the feature
 * installed at runtime, a connection created and tested over REST, finalized invoices found in sevdesk with their
 * contact, the feature uninstalled (invoices wait) and installed again (they are delivered), with 0 duplicates.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SevdeskConnectorIT {
    private static final String SEVDESK = "ledgerbridge-connector-sevdesk";
    private static final String SANDBOX = "ledgerbridge-sandbox";
    /** The token the sevdesk simulator accepts (SevdeskSimulator.SANDBOX_TOKEN). */
    private static final String SANDBOX_TOKEN = "0123456789abcdef0123456789abcdef";

    @Inject
    FeaturesService features;

    @Inject
    ConfigurationAdmin configAdmin;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Api demo;
    private static String simulator;

    @Configuration
    public Option[] config() {
        return Distribution.options();
    }

    @Before
    public void waitForApi() throws InterruptedException {
        demo = new Api(Integer.getInteger(Distribution.HTTP_PORT_PROPERTY), "demo", "demo");
        Await.until(
                "REST API up",
                60,
                () -> demo.get("/connections").status() == 200
                        && demo.get("/documents").status() == 200);
    }

    @Test
    public void invoicesReachSevdeskWithTheirCustomerAcrossAnUninstallAndReinstall() throws Exception {
        startSevdeskSimulator();
        features.installFeature(SEVDESK);
        Await.until(
                "sevdesk connector type registered",
                60,
                () -> demo.post(
                                        "/connections",
                                        "{\"connectorId\":\"sevdesk\",\"settings\":{\"apiToken\":\"Bearer x\"}}")
                                .status()
                        == 422);
        JsonNode invalid = demo.post(
                        "/connections",
                        "{\"connectorId\":\"sevdesk\",\"settings\":{\"apiToken\":\"Bearer x\","
                                + "\"sendType\":\"FAX\"}}")
                .json();
        List<String> fields = invalid.at("/error/fields").findValuesAsText("field");
        assertTrue(fields.toString(), fields.containsAll(List.of("apiToken", "sendType")));

        String wrong = createConnection("sevdesk old token", "ffffffffffffffffffffffffffffffff", false);
        JsonNode refused = testConnection(wrong);
        assertFalse(refused.toString(), refused.get("ok").asBoolean());
        assertEquals(refused.toString(), "AUTH", refused.get("kind").asText());
        assertTrue(
                refused.toString(),
                refused.get("message").asText().startsWith("the sevdesk API token is invalid or was regenerated"));

        String connection = createConnection("sevdesk", SANDBOX_TOKEN, true);
        assertFalse(demo.get("/connections/" + connection + "/settings").body().contains(SANDBOX_TOKEN));
        JsonNode tested = testConnection(connection);
        assertTrue(tested.toString(), tested.get("ok").asBoolean());
        assertTrue(
                tested.toString(),
                tested.get("message").asText().startsWith("Connected to sevdesk (bookkeeping system 2.0)"));

        List<String> first = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            first.add(finalizedInvoice("sev-" + i));
        }
        awaitDelivered(first, connection);
        assertEquals(Set.of("RE-sev-1", "RE-sev-2", "RE-sev-3"), invoiceNumbersInSevdesk());
        JsonNode contacts = simulatorState("Contact");
        assertEquals(contacts.toString(), 1, contacts.size());
        assertEquals("Muster", contacts.get(0).get("familyname").asText());
        for (JsonNode invoice : simulatorState("Invoice")) {
            assertEquals(
                    contacts.get(0).get("id").asText(),
                    invoice.at("/contact/id").asText());
            assertEquals("sent, out of draft", "200", invoice.get("status").asText());
        }
        assertTrue(simulatorState("CommunicationWay").toString().contains("anna@example.com"));
        String remoteId = demo.get("/transfers?documentId=" + first.get(0))
                .json()
                .at("/items/0/remoteId")
                .asText();
        assertTrue(remoteId, simulatorState("Invoice").findValuesAsText("id").contains(remoteId));

        features.uninstallFeature(SEVDESK);
        List<String> waiting = List.of(finalizedInvoice("sev-w1"), finalizedInvoice("sev-w2"));
        for (String id : waiting) {
            Await.until("waiting " + id, 60, () -> "WAITING_FOR_CONNECTOR".equals(status(id, connection)));
        }
        assertEquals(
                "CONNECTOR_MISSING",
                demo.get("/connections/" + connection)
                        .json()
                        .get("statusDetail")
                        .asText());
        assertEquals(3, simulatorState("Invoice").size());

        features.installFeature(SEVDESK);
        awaitDelivered(waiting, connection);
        assertEquals(Set.of("RE-sev-1", "RE-sev-2", "RE-sev-3", "RE-sev-w1", "RE-sev-w2"), invoiceNumbersInSevdesk());
        assertEquals(5, simulatorState("Invoice").size());
        assertEquals(1, simulatorState("Contact").size());
        assertEquals("0 duplicates", "{}", simulator("/__sim/duplicates").toString());
    }

    @Test
    public void theFormHasTheRoutingFiltersAndADocumentTypeFilterRoutesOnlyThatType() throws Exception {
        if (simulator == null) {
            startSevdeskSimulator();
        }
        features.installFeature(SEVDESK);
        Await.until(
                "sevdesk form",
                60,
                () -> demo.get("/store/connectors/sevdesk/form").status() == 200);
        JsonNode form = demo.get("/store/connectors/sevdesk/form").json();
        Map<String, JsonNode> fields = new HashMap<>();
        form.get("fields").forEach(f -> fields.put(f.get("id").asText(), f));
        for (String filter : List.of(
                "triggers",
                "documentTypes",
                "directions",
                "tags",
                "approvalRequired",
                "dateFrom",
                "dateTo",
                "archiveAfterTransfer")) {
            assertTrue(filter + " in " + fields.keySet(), fields.containsKey(filter));
            assertEquals(filter, "WHAT_IS_SENT", fields.get(filter).get("group").asText());
            assertTrue(filter, fields.get(filter).get("common").asBoolean());
        }
        assertFalse("sevdesk cannot import", fields.containsKey("importIntervalMinutes") || fields.containsKey("role"));
        assertEquals("ADVANCED", fields.get("baseUrl").get("group").asText());

        Api.Response created = demo.post(
                "/connections",
                "{\"connectorId\":\"sevdesk\",\"settings\":{"
                        + "\"name\":\"sevdesk credit notes only\",\"active\":true,\"apiToken\":\"" + SANDBOX_TOKEN
                        + "\","
                        + "\"baseUrl\":\"" + simulator + "/api/v1\",\"documentTypes\":[\"CREDIT_NOTE\"]}}");
        assertEquals(created.body(), 201, created.status());
        String connection = created.json().get("id").asText();
        assertEquals(
                "[\"CREDIT_NOTE\"]",
                demo.get("/connections/" + connection + "/settings")
                        .json()
                        .at("/settings/documentTypes")
                        .toString());
        String invoice = finalizedInvoice("filter-inv");
        String creditNote = demo.post(
                        "/documents",
                        Payloads.invoice("filter-cn", "GS-filter-cn").replace("\"SALES_INVOICE\"", "\"CREDIT_NOTE\""))
                .json()
                .get("id")
                .asText();
        assertEquals(
                200, demo.post("/documents/" + creditNote + "/finalize", null).status());
        Await.until("the credit note's transfer over " + connection, 60, () -> !"NONE"
                .equals(status(creditNote, connection)));
        assertEquals("an invoice is not routed to a credit-notes-only connection", "NONE", status(invoice, connection));
        assertEquals(
                0,
                demo
                        .get("/transfers?documentId=" + invoice)
                        .json()
                        .get("items")
                        .findValuesAsText("connectionId")
                        .stream()
                        .filter(connection::equals)
                        .count());
    }

    /** The sandbox's sevdesk simulator on a free port, the other simulators off. */
    private void startSevdeskSimulator() throws Exception {
        int port = Distribution.freePort();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("host", "127.0.0.1");
        props.put("sevdesk.port", port);
        props.put("billomat.port", -1);
        props.put("zenvoices.port", -1);
        props.put("onecockpit.port", -1);
        configAdmin.getConfiguration("io.ledgerbridge.sandbox", "?").update(props);
        features.installFeature(SANDBOX);
        simulator = "http://127.0.0.1:" + port;
        Await.until("sevdesk simulator on port " + port, 60, () -> simulatorAnswers("/__sim/duplicates"));
    }

    private String createConnection(String name, String token, boolean active) {
        Api.Response created = demo.post(
                "/connections",
                "{\"connectorId\":\"sevdesk\",\"settings\":{\"tenant\":\"demo\","
                        + "\"name\":\"" + name + "\",\"active\":\"" + active + "\",\"apiToken\":\"" + token + "\","
                        + "\"baseUrl\":\"" + simulator + "/api/v1\"}}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    /** Tests a connection once its component is up (DS activates it shortly after the configuration is stored). */
    private JsonNode testConnection(String connection) throws InterruptedException {
        JsonNode[] result = new JsonNode[1];
        Await.until("the connector of " + connection + " is ready", 60, () -> {
            result[0] = demo.post("/connections/" + connection + "/test", null).json();
            return !result[0].path("message").asText().contains("connector is not installed");
        });
        return result[0];
    }

    private String finalizedInvoice(String sourceId) {
        String id = demo.post("/documents", Payloads.invoice(sourceId, "RE-" + sourceId))
                .json()
                .get("id")
                .asText();
        assertEquals(200, demo.post("/documents/" + id + "/finalize", null).status());
        return id;
    }

    private void awaitDelivered(List<String> documentIds, String connection) throws InterruptedException {
        for (String id : documentIds) {
            Await.until("delivered " + id, 60, () -> {
                String status = status(id, connection);
                assertFalse(
                        id + " " + status + ": "
                                + demo.get("/transfers?documentId=" + id).body(),
                        status.equals("FAILED") || status.equals("SKIPPED"));
                return "DELIVERED".equals(status);
            });
        }
    }

    private String status(String documentId, String connectionId) {
        JsonNode columns =
                demo.get("/transfers/status?documentIds=" + documentId).json().at("/documents/" + documentId);
        return columns.path(connectionId).asText("NONE");
    }

    private Set<String> invoiceNumbersInSevdesk() {
        return new TreeSet<>(simulatorState("Invoice").findValuesAsText("invoiceNumber"));
    }

    private JsonNode simulatorState(String collection) {
        return simulator("/__sim/state/" + collection);
    }

    private boolean simulatorAnswers(String path) {
        try {
            return send(path).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private JsonNode simulator(String path) {
        try {
            HttpResponse<String> response = send(path);
            assertEquals(response.body(), 200, response.statusCode());
            return Api.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("the sevdesk simulator did not answer " + path, e);
        }
    }

    private HttpResponse<String> send(String path) throws IOException {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(simulator + path))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
