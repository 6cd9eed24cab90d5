package io.ledgerbridge.itests.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.itests.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The partner article ("Kundendokumente nach Zenvoices exportieren") in the browser: the accounting firm "Demo
 * Steuerberatung" installs and configures Zenvoices with its own company code; Clients → "Hundeschule Bello" →
 * Integrations → Add integration → Zenvoices → the client's company code → Save configuration; a document of the
 * client is delivered and shown as the last one Zenvoices received; "Add for several clients" checks and adds a
 * list (one client passes, one is refused with its reason); "Active" off → confirm → every client's integration
 * shows Off. Run as steps of {@link ZenvoicesArticlesIT}.
 */
final class ZenvoicesPartnerSteps {
    static final String SPACE = "Demo Steuerberatung";
    static final String CLIENT = ClientIntegrationSteps.CLIENT;
    static final String CLIENT_NAME = ClientIntegrationSteps.CLIENT_NAME;
    static final String BAKERY = ClientIntegrationSteps.BAKERY;
    static final String BAKERY_NAME = ClientIntegrationSteps.BAKERY_NAME;
    /** The bakery's company, added to the simulator at start (the partner's is BETA, the dog school's ACME). */
    static final String BAKERY_CODE = "KORN";

    private static final int DELIVERY_SECONDS = 60;

    private final UiDistribution dist;
    private final Browser browser;
    private final UiPages pages;
    private final Api demo;
    private String partnerId;
    private String clientId;

    ZenvoicesPartnerSteps(UiDistribution dist, Browser browser, UiPages pages) {
        this.dist = dist;
        this.browser = browser;
        this.pages = pages;
        this.demo = dist.api("demo", "demo");
    }

    void installsAndConfigures() {
        pages.signIn("demo", "demo");
        ZenvoicesArticlesIT.installFromTheStore(browser, pages, SPACE, "partner");
        ZenvoicesArticlesIT.fillSettings(browser, dist, "BETA");
        browser.click("#save-connection");
        browser.waitForText("#main .message.ok", "Zenvoices is installed in " + SPACE);
        partnerId = ZenvoicesArticlesIT.connectionIdFromUrl(browser);
        browser.click("#test-connection");
        browser.waitForText("#test-result", "Connection works");
        browser.screenshot("zen-10-partner-installed");
        assertTrue(connection(partnerId).get("active").asBoolean());
    }

    void addsTheIntegrationForHundeschule() {
        browser.click("#nav a[data-route=clients]");
        browser.waitFor("the Clients page", () -> browser.textNow("#main h1").equals("Clients"));
        browser.click("li.client-card[data-client='" + CLIENT + "'] a.name");
        browser.waitFor("the client's page", () -> browser.textNow("#main h1").equals(CLIENT_NAME));
        browser.waitForText("#client-integrations .empty", "No integrations yet");
        browser.choose("#add-integration-from", partnerId);
        browser.click("#add-integration-button");
        browser.waitFor(
                "the client's form", () -> browser.textNow("#main h1").equals("Add Zenvoices for " + CLIENT_NAME));
        assertTrue(
                "a client's integration is active once saved",
                browser.find("#setting-active").isSelected());
        assertEquals(
                "each client enters its own company code",
                "",
                browser.find("#setting-companyCode").getAttribute("value"));
        assertTrue(browser.text("[data-field=companyCode] label").contains("required"));
        browser.type("#setting-companyCode", "ACME");
        browser.screenshot("zen-11-client-integration-form");
        assertEquals("Save configuration", browser.text("#save-connection"));
        browser.click("#save-connection");

        browser.waitFor(
                "back on the client's page with the integration",
                () -> browser.driver.getCurrentUrl().endsWith("#/clients/" + CLIENT)
                        && browser.present("#client-integrations li[data-connection]"));
        clientId = browser.find("#client-integrations li[data-connection]").getAttribute("data-connection");
        assertEquals("Active", browser.text("#client-integrations [data-active]"));
        JsonNode stored = ok(demo.get("/connections/" + clientId + "/settings")).json();
        assertEquals("ACME", stored.at("/settings/companyCode").asText());
        assertEquals(partnerId, connection(clientId).get("partnerConnectionId").asText());
        browser.screenshot("zen-12-client-integration-added");
    }

    /** The Extensions page, left open, shows the delivery once it happened (it refreshes itself). */
    void clientDocumentIsDelivered() {
        pages.go("connections", "Extensions");
        String row =
                "li.connection[data-connection='" + partnerId + "'] .clients li[data-connection='" + clientId + "'] ";
        assertEquals("No document sent yet", browser.text(row + ".last-delivery"));
        String id = UiDistribution.finalizedInvoice(demo, "zen-client", "RE-ZEN-1", CLIENT);
        ok(demo.post("/documents/" + id + "/send", null));
        browser.waitForText(row + ".last-delivery", "Last document received by Zenvoices: ", DELIVERY_SECONDS);
        assertEquals("Online", browser.text(row + ".badge"));
        assertFalse(
                "not through the partner's own company",
                connection(partnerId).path("lastDeliveryAt").isTextual());
        browser.scrollTo("li.connection[data-connection='" + partnerId + "']");
        browser.screenshot("zen-13-extensions-client-delivered");
    }

    /** The list comes as a CSV file, read into the box by the browser, then checked and added. */
    void addsSeveralClientsFromAList() throws IOException {
        Path csv = Path.of("target", "zenvoices-clients.csv").toAbsolutePath();
        Files.writeString(
                csv,
                "client;companyCode\n" + BAKERY_NAME + ";" + BAKERY_CODE + "\nNobody;ACME\n",
                StandardCharsets.UTF_8);
        pages.go("clients", "Clients");
        browser.click("#bulk-add > summary");
        browser.find("#bulk-file").sendKeys(csv.toString());
        browser.waitForText(".bulk-status", "Read “zenvoices-clients.csv”: 3 lines.");
        assertTrue(browser.find("#bulk-rows").getAttribute("value").contains(BAKERY_NAME + ";" + BAKERY_CODE));
        browser.click("#bulk-check");
        browser.waitFor("the check's table", () -> browser.present("#bulk-results-table tr[data-line='3']"));
        assertEquals("Can be added", browser.text("#bulk-results-table tr[data-line='2'] .badge"));
        assertEquals("Failed", browser.text("#bulk-results-table tr[data-line='3'] .badge"));
        assertTrue(browser.text(".bulk-status"), browser.text(".bulk-status").contains("Nothing was created yet"));
        assertEquals("the focus is on the results", "bulk-results", browser.js("return document.activeElement.id"));
        assertTrue("the check created nothing", bakeryIntegrations().isEmpty());
        browser.screenshot("zen-14-bulk-check");

        browser.click("#bulk-add-button");
        browser.waitFor("the add's table", () -> browser.present("#bulk-results-table tr[data-line='2'] a.added-link"));
        assertEquals("Failed", browser.text("#bulk-results-table tr[data-line='3'] .badge"));
        assertTrue(browser.text(".bulk-status"), browser.text(".bulk-status").startsWith("Added 1 integration."));
        assertEquals(
                "only the failed line is left to correct",
                "client;companyCode\nNobody;ACME",
                browser.find("#bulk-rows").getAttribute("value"));
        List<JsonNode> bakery = bakeryIntegrations();
        assertEquals(bakery.toString(), 1, bakery.size());
        assertEquals(
                "#/connections/" + bakery.get(0).get("id").asText(),
                browser.find("#bulk-results-table tr[data-line='2'] a.added-link")
                        .getAttribute("href")
                        .replaceFirst("^.*(#/connections/)", "$1"));
        browser.find("li.client-card[data-client='" + BAKERY + "'] .integration-states li[data-connection]");
        browser.screenshot("zen-15-bulk-added");
    }

    void activeOffDisconnectsAllClients() {
        pages.go("connections", "Extensions");
        browser.click("li.connection[data-connection='" + partnerId + "'] a[aria-label='Manage Zenvoices']");
        browser.find("#test-connection");
        assertTrue(browser.find("#connection-active").isSelected());
        browser.click("#connection-active");
        String question = browser.waitForText("dialog", "This also stops");
        assertTrue(question, question.contains(CLIENT_NAME));
        browser.screenshot("zen-16-active-off-confirm");
        browser.click("dialog .actions .danger");
        browser.waitForText(".switch-message", "Switched off.");

        pages.go("clients", "Clients");
        for (String client : List.of(CLIENT, BAKERY)) {
            String card = "li.client-card[data-client='" + client + "'] .integration-states li[data-connection]";
            browser.waitForText(card + " [data-active]", "Off");
        }
        assertFalse(connection(clientId).get("active").asBoolean());
        browser.screenshot("zen-17-clients-off");
        pages.signOut();
    }

    private List<JsonNode> bakeryIntegrations() {
        List<JsonNode> out = new ArrayList<>();
        ok(demo.get("/connections")).json().get("items").forEach(c -> {
            if (BAKERY.equals(c.get("tenantId").asText())) {
                out.add(c);
            }
        });
        return out;
    }

    private JsonNode connection(String id) {
        return ok(demo.get("/connections/" + id)).json();
    }

    private static Api.Response ok(Api.Response r) {
        return ZenvoicesArticlesIT.ok(r);
    }
}
