package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The transfer engine in the distribution with the webhook connector: a connection created over REST, documents
 * delivered, the connector uninstalled at runtime (documents wait) and installed again (they are delivered), with
 * 0 duplicates, secrets encrypted at rest, and an EventAdmin event per outcome.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TransferEngineIT {
    private static final String WEBHOOK = "ledgerbridge-connector-webhook";

    @Inject
    FeaturesService features;

    @Inject
    ConfigurationAdmin configAdmin;

    @Inject
    BundleContext context;

    private Api demo;

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

    private String status(String documentId, String connectionId) {
        JsonNode columns =
                demo.get("/transfers/status?documentIds=" + documentId).json().at("/documents/" + documentId);
        return columns.path(connectionId).asText("NONE");
    }

    @Test
    public void documentsReachTheWebhookAcrossAnUninstallAndReinstall() throws Exception {
        List<String> topics = new CopyOnWriteArrayList<>();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "io/ledgerbridge/transfer/*");
        context.registerService(EventHandler.class, e -> topics.add(e.getTopic()), props);

        features.installFeature(WEBHOOK);
        try (CountingEndpoint endpoint = new CountingEndpoint(8)) {
            Await.until(
                    "webhook connector type registered",
                    60,
                    () -> demo.post(
                                            "/connections",
                                            "{\"connectorId\":\"webhook\",\"settings\":{\"url\":\"ftp:/nope\"}}")
                                    .status()
                            == 422);
            JsonNode invalid = demo.post(
                            "/connections",
                            "{\"connectorId\":\"webhook\",\"settings\":{\"url\":\"ftp:/nope\","
                                    + "\"colour\":\"red\",\"triggers\":\"SOMETIMES\"}}")
                    .json();
            List<String> fields = invalid.at("/error/fields").findValuesAsText("field");
            assertTrue(fields.toString(), fields.containsAll(List.of("url", "colour", "triggers")));

            Api.Response created = demo.post(
                    "/connections",
                    "{\"connectorId\":\"webhook\",\"settings\":{"
                            + "\"name\":\"Warehouse\",\"active\":true,\"url\":\"" + endpoint.url()
                            + "\",\"signingSecret\":\"s3cret\","
                            + "\"requestsPerSecond\":100}}");
            assertEquals(created.body(), 201, created.status());
            String connection = created.json().get("id").asText();
            assertEquals("demo", created.json().get("tenantId").asText());
            assertFalse(
                    demo.get("/connections/" + connection + "/settings").body().contains("s3cret"));
            String stored = String.valueOf(configAdmin
                    .listConfigurations("(service.pid=" + connection + ")")[0]
                    .getProperties()
                    .get("signingSecret"));
            assertTrue("secret encrypted at rest: " + stored, stored.startsWith("ENC(v1:"));
            Await.until("connection test", 60, () -> demo.post("/connections/" + connection + "/test", null)
                    .json()
                    .path("ok")
                    .asBoolean());

            List<String> first = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                first.add(demo.finalizedInvoice("hook-" + i));
            }
            for (String id : first) {
                Await.until("delivered " + id, 60, () -> "DELIVERED".equals(status(id, connection)));
            }
            assertEquals(3, endpoint.distinct());

            features.uninstallFeature(WEBHOOK);
            List<String> waiting = List.of(demo.finalizedInvoice("hook-w1"), demo.finalizedInvoice("hook-w2"));
            for (String id : waiting) {
                Await.until("waiting " + id, 60, () -> "WAITING_FOR_CONNECTOR".equals(status(id, connection)));
            }
            assertEquals(
                    "CONNECTOR_MISSING",
                    demo.get("/connections/" + connection)
                            .json()
                            .get("statusDetail")
                            .asText());

            features.installFeature(WEBHOOK);
            for (String id : waiting) {
                Await.until("delivered after reinstall " + id, 60, () -> "DELIVERED".equals(status(id, connection)));
            }
            assertEquals(5, endpoint.distinct());
            assertEquals(0, endpoint.duplicates());
            JsonNode ledger =
                    demo.get("/transfers?documentId=" + waiting.get(0)).json().at("/items/0/ledger");
            assertEquals(
                    "DELIVERED", ledger.get(ledger.size() - 1).get("outcome").asText());
            Await.until("EventAdmin events", 60, () -> topics.contains("io/ledgerbridge/transfer/DELIVERED"));
            assertEquals(
                    404,
                    new Api(Integer.getInteger(Distribution.HTTP_PORT_PROPERTY), "other", "other")
                            .get("/connections/" + connection)
                            .status());
        }
    }
}
