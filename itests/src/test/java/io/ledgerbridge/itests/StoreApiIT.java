package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;

/**
 * The store in the distribution: the catalog read from the features repository (the same description before and
 * after installing), search, partner visibility, the impact shown before confirming, install and uninstall as jobs
 * that end, no other connector restarted, the settings form from the Metatype definition, and a client's
 * integration that inherits its partner's settings.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StoreApiIT {
    @Inject
    BundleContext context;

    private Api admin;
    private Api demo;
    private Api other;

    @Configuration
    public Option[] config() {
        return Distribution.options();
    }

    @Before
    public void waitForApi() throws InterruptedException {
        admin = Distribution.api("admin");
        demo = Distribution.api("demo");
        other = Distribution.api("other");
        Await.until("store up", 60, () -> admin.get("/store/connectors").status() == 200);
    }

    @Test
    public void installAndUninstallAreTrackedJobsThatRestartNoOtherConnector() throws Exception {
        JsonNode before = entry(admin, "sevdesk");
        assertFalse(before.get("installed").asBoolean());
        assertEquals("Ledgerbridge", before.get("vendor").asText());
        assertEquals(
                "[\"CONTACT_SYNC\",\"EXPORT\",\"PAYMENT_STATUS\"]",
                before.get("capabilities").toString());
        assertEquals(
                "the connectors that sync contacts",
                List.of("billomat", "onecockpit", "sevdesk"),
                ids(admin.get("/store/connectors?q=contact").json()));
        assertFalse(
                "partners see installed connectors only",
                ids(demo.get("/store/connectors").json()).contains("sevdesk"));
        assertEquals(404, demo.get("/store/connectors/sevdesk/form").status());

        assertEquals(
                403,
                demo.post("/store/jobs", "{\"connectorId\":\"sevdesk\",\"action\":\"install\"}")
                        .status());
        assertEquals(
                403, demo.get("/store/connectors/sevdesk/impact?action=install").status());
        assertEquals(
                422,
                admin.post("/store/jobs", "{\"connectorId\":\"sevdesk\",\"action\":\"explode\"}")
                        .status());
        JsonNode impact =
                admin.get("/store/connectors/sevdesk/impact?action=install").json();
        assertTrue(
                impact.toString(),
                impact.get("bundlesToInstall").toString().contains("io.ledgerbridge/connector-sevdesk"));
        assertEquals(0, impact.get("bundlesRestarted").size());

        JsonNode sevdeskJob =
                finished(admin.post("/store/jobs", "{\"connectorId\":\"sevdesk\",\"action\":\"install\"}"));
        assertEquals(
                sevdeskJob.toString(), "SUCCEEDED", sevdeskJob.get("status").asText());
        assertEquals(100, sevdeskJob.get("progress").asInt());
        assertEquals(
                "the preview named as many bundles as the job installed",
                impact.get("bundlesToInstall").size(),
                sevdeskJob.get("bundlesInstalled").size());
        assertTrue(
                sevdeskJob.toString(),
                sevdeskJob.get("bundlesInstalled").toString().contains("io.ledgerbridge.connector-sevdesk"));
        assertEquals(
                409,
                admin.post("/store/jobs", "{\"connectorId\":\"sevdesk\",\"action\":\"install\"}")
                        .status());
        JsonNode after = entry(admin, "sevdesk");
        assertTrue(after.get("installed").asBoolean());
        for (String field : List.of("name", "vendor", "description", "capabilities")) {
            assertEquals(
                    "the feature describes the connector as it describes itself: " + field,
                    before.get(field),
                    after.get(field));
        }
        assertTrue(ids(demo.get("/store/connectors").json()).contains("sevdesk"));

        Bundle sevdesk = bundle("io.ledgerbridge.connector-sevdesk");
        List<BundleEvent> sevdeskEvents = new CopyOnWriteArrayList<>();
        context.addBundleListener(e -> {
            if (e.getBundle().getBundleId() == sevdesk.getBundleId()) {
                sevdeskEvents.add(e);
            }
        });
        JsonNode billomatJob =
                finished(admin.post("/store/jobs", "{\"connectorId\":\"billomat\",\"action\":\"install\"}"));
        assertEquals(
                billomatJob.toString(), "SUCCEEDED", billomatJob.get("status").asText());
        assertEquals(0, billomatJob.get("bundlesRestarted").size());
        assertEquals("installing Billomat did not touch sevdesk", List.of(), sevdeskEvents);
        assertEquals(Bundle.ACTIVE, sevdesk.getState());

        JsonNode removal =
                admin.get("/store/connectors/sevdesk/impact?action=uninstall").json();
        assertTrue(
                removal.toString(),
                removal.get("bundlesToRemove").toString().contains("io.ledgerbridge.connector-sevdesk"));
        assertFalse(
                "Billomat still needs the kit",
                removal.get("bundlesToRemove").toString().contains("connector-kit"));
        JsonNode uninstall =
                finished(admin.post("/store/jobs", "{\"connectorId\":\"sevdesk\",\"action\":\"uninstall\"}"));
        assertEquals(uninstall.toString(), "SUCCEEDED", uninstall.get("status").asText());
        assertEquals(
                "the preview named the bundles the job removed",
                sorted(removal.get("bundlesToRemove")),
                sorted(uninstall.get("bundlesRemoved")));
        List<String> partnerView = ids(demo.get("/store/connectors").json());
        assertTrue(partnerView.toString(), partnerView.contains("billomat") && !partnerView.contains("sevdesk"));
        assertTrue(admin.get("/store/jobs").json().get("items").size() >= 3);
    }

    @Test
    public void theSettingsFormComesFromTheMetatypeDefinitionWithoutSecrets() throws Exception {
        install("webhook");
        JsonNode form = demo.get("/store/connectors/webhook/form").json();
        JsonNode secret = field(form, "signingSecret");
        assertEquals("PASSWORD", secret.get("type").asText());
        assertEquals(0, secret.get("defaults").size());
        JsonNode url = field(form, "url");
        assertTrue(url.get("required").asBoolean());
        JsonNode triggers = field(form, "triggers");
        assertTrue(triggers.get("multiple").asBoolean());
        assertTrue(triggers.get("options").size() >= 4);
        assertEquals("Send when", triggers.get("name").asText());
    }

    @Test
    public void aClientIntegrationInheritsThePartnersSettingsAndStopsWithIt() throws Exception {
        install("webhook");
        JsonNode partner = demo.post(
                        "/connections",
                        "{\"connectorId\":\"webhook\",\"settings\":{\"url\":"
                                + "\"https://erp.example.com/hook\",\"signingSecret\":\"s3cret-value\",\"active\":true}}")
                .json();
        String partnerId = partner.get("id").asText();
        JsonNode settings = demo.get("/connections/" + partnerId + "/settings").json();
        assertEquals("[\"signingSecret\"]", settings.get("storedSecrets").toString());
        assertFalse(settings.toString().contains("s3cret"));

        Api.Response client = demo.post(
                "/connections",
                "{\"connectorId\":\"webhook\",\"settings\":{\"tenant\":"
                        + "\"demo-hundeschule\",\"partnerConnection\":\"" + partnerId + "\",\"active\":true}}");
        assertEquals("the client's integration needs only what differs: " + client.body(), 201, client.status());
        String clientId = client.json().get("id").asText();
        assertTrue(demo.get("/connections/" + clientId).json().get("active").asBoolean());
        JsonNode clientSettings =
                demo.get("/connections/" + clientId + "/settings").json();
        assertEquals(
                "the connector reads the partner's settings from the client's configuration",
                "https://erp.example.com/hook",
                clientSettings.at("/settings/url").asText());
        assertEquals("[\"signingSecret\"]", clientSettings.get("storedSecrets").toString());
        assertEquals(
                "taken from the partner",
                "PARTNER",
                clientSettings.at("/origins/url").asText());

        assertEquals(
                200,
                demo.put("/connections/" + partnerId, "{\"settings\":{\"url\":\"https://erp.example.com/v2\"}}")
                        .status());
        assertEquals(
                "a partner's change reaches its clients",
                "https://erp.example.com/v2",
                demo.get("/connections/" + clientId + "/settings")
                        .json()
                        .at("/settings/url")
                        .asText());
        assertEquals(
                200,
                demo.put("/connections/" + clientId, "{\"settings\":{\"url\":\"https://bello.example.com/hook\"}}")
                        .status());
        assertEquals(
                200,
                demo.put("/connections/" + partnerId, "{\"settings\":{\"url\":\"https://erp.example.com/v3\"}}")
                        .status());
        assertEquals(
                "but never overwrites what the client set itself",
                "https://bello.example.com/hook",
                demo.get("/connections/" + clientId + "/settings")
                        .json()
                        .at("/settings/url")
                        .asText());
        assertEquals(
                "the client's own value",
                "OWN",
                demo.get("/connections/" + clientId + "/settings")
                        .json()
                        .at("/origins/url")
                        .asText());
        assertEquals(
                200,
                demo.put("/connections/" + clientId, "{\"settings\":{\"signingSecret\":\"bello-secret\"}}")
                        .status());
        assertTrue(demo.get("/connections/" + clientId + "/settings")
                .json()
                .at("/settings/clientOverrides")
                .toString()
                .contains("signingSecret"));
        assertEquals(
                200,
                demo.put("/connections/" + clientId, "{\"settings\":{\"signingSecret\":\"\"}}")
                        .status());
        assertTrue(
                "an empty secret keeps the client's own",
                demo.get("/connections/" + clientId + "/settings")
                        .json()
                        .at("/settings/clientOverrides")
                        .toString()
                        .contains("signingSecret"));
        assertEquals(
                200,
                demo.put("/connections/" + clientId, "{\"settings\":{\"signingSecret\":null}}")
                        .status());
        assertFalse(
                "null takes the partner's secret again",
                demo.get("/connections/" + clientId + "/settings")
                        .json()
                        .at("/settings/clientOverrides")
                        .toString()
                        .contains("signingSecret"));
        assertEquals(
                422,
                demo.post(
                                "/connections",
                                "{\"connectorId\":\"webhook\",\"settings\":{\"tenant\":"
                                        + "\"demo-hundeschule\",\"partnerConnection\":\"" + clientId + "\"}}")
                        .status());

        assertEquals(
                200,
                demo.put("/connections/" + partnerId, "{\"settings\":{\"active\":false}}")
                        .status());
        assertFalse(
                "the partner's switch stops its clients",
                demo.get("/connections/" + clientId).json().get("active").asBoolean());
        assertEquals(
                "other partners see none of it",
                404,
                other.get("/connections/" + clientId).status());
        assertEquals(404, other.get("/connections/" + partnerId + "/settings").status());
    }

    private void install(String connectorId) throws InterruptedException {
        if (!entry(admin, connectorId).get("installed").asBoolean()) {
            JsonNode job = finished(
                    admin.post("/store/jobs", "{\"connectorId\":\"" + connectorId + "\",\"action\":\"install\"}"));
            assertEquals(job.toString(), "SUCCEEDED", job.get("status").asText());
        }
    }

    private JsonNode finished(Api.Response started) throws InterruptedException {
        assertEquals(started.body(), 202, started.status());
        String id = started.json().get("id").asText();
        Await.until("job " + id + " ended", 180, () -> !admin.get("/store/jobs/" + id)
                .json()
                .get("status")
                .asText()
                .matches("QUEUED|RUNNING"));
        return admin.get("/store/jobs/" + id).json();
    }

    private static JsonNode entry(Api api, String id) {
        Api.Response r = api.get("/store/connectors/" + id);
        assertEquals(r.body(), 200, r.status());
        return r.json();
    }

    private static JsonNode field(JsonNode form, String id) {
        for (JsonNode f : form.get("fields")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no field " + id + " in " + form);
    }

    private static List<String> sorted(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        out.sort(null);
        return out;
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("items").forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
