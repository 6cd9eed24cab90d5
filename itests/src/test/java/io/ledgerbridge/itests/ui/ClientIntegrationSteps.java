package io.ledgerbridge.itests.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.itests.Api;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A partner's integration for one of its clients, in the browser (issue point 4): the partner "demo", whose sevdesk
 * connection is active, adds it for its client "Hundeschule Bello" with the form pre-filled from its own settings
 * (the token taken from the partner, never shown); the client's own value is shown apart from the inherited ones and
 * an emptied one follows the partner again; a document of the client is delivered through the client's connection;
 * switching the partner's connection off names the client connection it also stops, Cancel keeps both running, and
 * confirming stops both until the partner's is switched on again; last, the help centre's way from the client: Clients
 * → "Bäckerei Korn" → Add integration → the partner's sevdesk connection → Save, back on the client's page. Run as
 * steps of {@link WebUiIT}, sharing its distribution and browser.
 */
final class ClientIntegrationSteps {
    static final String CLIENT = "demo-hundeschule";
    static final String CLIENT_NAME = "Hundeschule Bello";
    static final String BAKERY = "demo-baeckerei";
    static final String BAKERY_NAME = "B\u00e4ckerei Korn";
    static final String PARTNER_SECRET = "taken from the partner's settings — enter one to use another";
    private static final int DELIVERY_SECONDS = 60;

    private final UiDistribution dist;
    private final Browser browser;
    private final UiPages pages;
    private final Api demo;
    private final String partnerId;
    private String clientId;

    ClientIntegrationSteps(UiDistribution dist, Browser browser, UiPages pages, Api demo, String partnerId) {
        this.dist = dist;
        this.browser = browser;
        this.pages = pages;
        this.demo = demo;
        this.partnerId = partnerId;
    }

    String clientId() {
        return clientId;
    }

    void addIntegrationPrefilledFromThePartner() {
        assertTrue(
                "the partner's connection is active",
                connection(partnerId).get("active").asBoolean());
        pages.signIn("demo", "demo");
        pages.go("connections", "Extensions");
        browser.click("li.connection[data-connection='" + partnerId + "'] a[aria-label='Add integration for "
                + CLIENT_NAME + "']");
        browser.waitFor(
                "the client's form", () -> browser.textNow("#main h1").equals("Add sevdesk for " + CLIENT_NAME));
        assertEquals("For: " + CLIENT_NAME, browser.text("#connection-form > .meta"));
        assertEquals(
                dist.simulatorApi(),
                browser.find("fieldset.inherited #setting-baseUrl").getAttribute("value"));
        WebElement token = browser.find("fieldset.inherited #setting-apiToken");
        assertEquals("", token.getAttribute("value"));
        assertEquals(PARTNER_SECRET, token.getAttribute("placeholder"));
        assertFalse(
                "the partner's token is not asked for",
                browser.text("[data-field=apiToken] label").contains("required"));
        assertTrue(
                "a client's integration is active once saved",
                browser.find("#setting-active").isSelected());
        browser.scrollTo("fieldset.inherited");
        browser.screenshot("16-client-integration-form");

        browser.click("#save-connection");
        browser.find("#test-connection");
        clientId =
                URLDecoder.decode(browser.driver.getCurrentUrl().split("#/connections/", 2)[1], StandardCharsets.UTF_8);
        browser.waitForText("#main .message.ok", "it is active");
        JsonNode view = connection(clientId);
        assertEquals(CLIENT, view.get("tenantId").asText());
        assertEquals(partnerId, view.get("partnerConnectionId").asText());
        assertTrue("the client's connection is active", view.get("active").asBoolean());
        JsonNode stored = demo.get("/connections/" + clientId + "/settings").json();
        assertEquals(dist.simulatorApi(), stored.at("/settings/baseUrl").asText());
        assertEquals(List.of(), overrides(stored));
        assertEquals(
                "the partner's token is stored for the client",
                "[\"apiToken\"]",
                stored.get("storedSecrets").toString());

        // the saved client connection: inherited values apart from its own, the token still the partner's
        assertEquals(
                "partner",
                browser.find("#client-inherited [data-field=baseUrl]").getAttribute("data-source"));
        assertEquals(dist.simulatorApi(), browser.find("#setting-baseUrl").getAttribute("value"));
        assertEquals(
                PARTNER_SECRET,
                browser.find("#client-inherited #setting-apiToken").getAttribute("placeholder"));
        assertTrue(browser.driver
                .findElements(By.cssSelector("#connection-form [name=clientOverrides]"))
                .isEmpty());
        assertFalse(
                "the token never comes back", browser.driver.getPageSource().contains(UiDistribution.SANDBOX_TOKEN));
        browser.click("#test-connection");
        browser.waitForText("#test-result", "Connection works");
        browser.screenshot("17-client-integration-saved");
    }

    /** On the client's page: an own value is recorded and shown as the client's; emptied, the partner's is back. */
    void ownValueAndEmptiedBackToThePartners() {
        String field = "[data-field=contactCategory]";
        browser.choose("#setting-contactCategory", "4");
        browser.click("#save-connection");
        browser.waitFor(
                "the category shown as the client's own",
                () -> browser.present("#client-own " + field + "[data-source=own]"));
        JsonNode stored = demo.get("/connections/" + clientId + "/settings").json();
        assertEquals(List.of("contactCategory"), overrides(stored));
        assertEquals("4", stored.at("/settings/contactCategory").asText());
        browser.scrollTo("#client-own");
        browser.screenshot("client-integration-own-value");

        browser.choose("#setting-contactCategory", "");
        browser.click("#save-connection");
        browser.waitFor(
                "the category follows the partner again",
                () -> browser.present("#client-inherited " + field + "[data-source=partner]"));
        stored = demo.get("/connections/" + clientId + "/settings").json();
        assertEquals(List.of(), overrides(stored));
        assertEquals(
                "the partner's category",
                "3",
                stored.at("/settings/contactCategory").asText());
        assertEquals("3", browser.find("#setting-contactCategory").getAttribute("value"));
    }

    void clientDocumentIsDelivered() {
        String id = UiDistribution.finalizedInvoice(demo, "ui-client", "RE-UI-CLIENT", CLIENT);
        pages.go("documents", "Documents");
        browser.choose("#filter-tenantId", CLIENT);
        browser.click("form.filters button[type=submit]");
        browser.waitFor(
                "only the client's documents",
                () -> browser.driver.getCurrentUrl().endsWith("?tenantId=" + CLIENT)
                        && browser.driver
                                        .findElements(By.cssSelector("#documents-table tbody tr"))
                                        .size()
                                == 1);
        String row = "tr[data-document='" + id + "'] ";
        browser.waitForText(row + "td.transfer[data-connection='" + clientId + "']", "Delivered", DELIVERY_SECONDS);
        assertEquals(
                "sevdesk (" + CLIENT_NAME + ")",
                browser.text("#documents-table th[data-connection='" + clientId + "']"));
        assertEquals(
                "not through the partner's connection",
                "—",
                browser.text(row + "td.transfer[data-connection='" + partnerId + "']"));
        browser.screenshot("client-document-delivered");
    }

    void partnerOffAsksAndStopsTheClient() {
        pages.go("connections/" + partnerId, "sevdesk");
        assertTrue(browser.find("#connection-active").isSelected());
        browser.click("#connection-active");
        String question = browser.waitForText("dialog", "This also stops 1 client connection:");
        assertTrue(
                question,
                question.contains("sevdesk (" + CLIENT_NAME + ")")
                        && question.contains("the page offers to send them"));
        browser.screenshot("18-partner-deactivate-confirm");
        browser.click("dialog .actions .secondary");
        browser.waitFor("the dialog closes", () -> !browser.present("dialog"));
        browser.waitFor(
                "the switch is on again",
                () -> browser.find("#connection-active").isSelected()
                        && browser.find("#connection-active").isEnabled());
        assertTrue(
                "Cancel keeps the partner's running",
                connection(partnerId).get("active").asBoolean());
        assertTrue(
                "Cancel keeps the client's running",
                connection(clientId).get("active").asBoolean());

        browser.click("#connection-active");
        browser.waitForText("dialog", "This also stops 1 client connection:");
        browser.click("dialog .actions .danger");
        browser.waitForText(".switch-message", "Switched off.");
        assertFalse(connection(partnerId).get("active").asBoolean());
        awaitActive(clientId, false);
        pages.go("status", "Status");
        browser.waitForText("#status-table tr[data-connection='" + clientId + "'] .status-cell", "Off");
        pages.go("connections/" + clientId, "sevdesk");
        browser.waitForText("#partner-off", "Not running while the partner's connection “sevdesk” is switched off");
        assertEquals("Off", browser.text(".status-block .badge"));
        assertTrue(
                "the client's own switch stays on",
                browser.find("#connection-active").isSelected());

        String whileOff = UiDistribution.finalizedInvoice(demo, "ui-while-off", "RE-UI-OFF", "demo");
        pages.go("connections/" + partnerId, "sevdesk");
        browser.click("#connection-active");
        browser.waitForText(".switch-message", "Active.");
        assertFalse("switching on asks nothing", browser.present("dialog"));
        assertTrue(connection(partnerId).get("active").asBoolean());
        awaitActive(clientId, true);
        browser.waitForText("#missed-offer h2", "1 document issued while it was off");
        browser.screenshot("18b-missed-while-off");
        browser.click("#send-missed");
        browser.waitForText("#missed-sent", "Sending 1 document to sevdesk.");
        browser.waitFor(
                "the document issued while off is delivered",
                () -> demo.get("/transfers?documentId=" + whileOff).body().contains("DELIVERED"));
        pages.signOut();
    }

    /** The help centre's way: Clients → the client → Add integration → the partner's connection → Save. */
    void addIntegrationFromTheClientsPage() {
        pages.signIn("demo", "demo");
        browser.click("#nav a[data-route=clients]");
        browser.waitFor("the Clients page", () -> browser.textNow("#main h1").equals("Clients"));
        String hundeschule = "li.client-card[data-client='" + CLIENT + "'] ";
        browser.find(hundeschule + ".integration-states li[data-connection='" + clientId + "'] [data-active=true]");
        assertEquals("1 integration", browser.text(hundeschule + ".integration-count"));
        assertEquals(
                "No integrations", browser.text("li.client-card[data-client='" + BAKERY + "'] .integration-count"));
        browser.screenshot("19-clients");

        browser.click("li.client-card[data-client='" + BAKERY + "'] a.name");
        browser.waitFor("the client's page", () -> browser.textNow("#main h1").equals(BAKERY_NAME));
        browser.waitForText("#client-integrations .empty", "No integrations yet");
        browser.choose("#add-integration-from", partnerId);
        assertEquals(
                "sevdesk (Demo Steuerberatung)",
                browser.text("#add-integration-from option[value='" + partnerId + "']"));
        browser.click("#add-integration-button");
        browser.waitFor(
                "the client's form", () -> browser.textNow("#main h1").equals("Add sevdesk for " + BAKERY_NAME));
        assertEquals(
                dist.simulatorApi(),
                browser.find("fieldset.inherited #setting-baseUrl").getAttribute("value"));
        assertEquals(
                PARTNER_SECRET,
                browser.find("fieldset.inherited #setting-apiToken").getAttribute("placeholder"));
        browser.click("#save-connection");

        browser.waitFor(
                "back on the client's page with the new integration",
                () -> browser.driver.getCurrentUrl().endsWith("#/clients/" + BAKERY)
                        && browser.present("#client-integrations li[data-connection]"));
        List<JsonNode> bakery = new ArrayList<>();
        demo.get("/connections").json().get("items").forEach(c -> {
            if (BAKERY.equals(c.get("tenantId").asText())) {
                bakery.add(c);
            }
        });
        assertEquals("one integration of the bakery over REST: " + bakery, 1, bakery.size());
        JsonNode view = bakery.get(0);
        assertEquals(partnerId, view.get("partnerConnectionId").asText());
        String row =
                "#client-integrations li[data-connection='" + view.get("id").asText() + "'] ";
        assertEquals(view.get("name").asText(), browser.text(row + "a.name"));
        assertEquals("a client's integration is active once saved", "Active", browser.text(row + "[data-active]"));
        assertTrue(view.get("active").asBoolean());
        browser.waitForText(
                "#add-integration", "already has an integration for every connection of Demo Steuerberatung");
        browser.screenshot("20-client-page");
        pages.signOut();
    }

    private JsonNode connection(String id) {
        Api.Response r = demo.get("/connections/" + id);
        assertEquals(r.body(), 200, r.status());
        return r.json();
    }

    private void awaitActive(String id, boolean active) {
        browser.waitFor(
                "connection " + id + " active=" + active + " over REST",
                () -> connection(id).get("active").asBoolean() == active);
    }

    private static List<String> overrides(JsonNode stored) {
        JsonNode list = stored.at("/settings/clientOverrides");
        assertTrue("clientOverrides is a list: " + stored, list.isArray());
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }
}
