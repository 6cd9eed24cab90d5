package io.ledgerbridge.itests.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.ledgerbridge.itests.Api;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;

/**
 * The web UI in real Chromium against the running distribution, as issue 7 describes it: an admin installs the
 * sevdesk connector from the store; the partner "demo" configures it against the sandbox's sevdesk simulator (a
 * wrong token is named at its field), tests it and switches it on; a document submitted through REST turns
 * "Delivered" in its sevdesk column; a backfill sends an older one with a progress bar that finishes; another
 * partner sees none of it; the partner adds the integration of its client "Hundeschule Bello" pre-filled from its
 * own settings, a client's document is delivered through it, switching the partner off stops it too, and the
 * integration of its client "Bäckerei Korn" is added from the Clients page (see {@link ClientIntegrationSteps}); the main screens fit a phone; the console stays free of errors. Screenshots of
 * the main screens are kept in {@code target/screenshots}. The steps run in order and share the distribution.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class WebUiIT {
    private static final int DELIVERY_SECONDS = 60;
    private static UiDistribution dist;
    private static Browser browser;
    private static UiPages pages;
    private static Api demo;
    private static String connectionId;
    private static String liveId;
    private static String olderId;
    private static ClientIntegrationSteps client;
    /** Error answers the test provokes on purpose (path, status): the browser logs each as a failed resource. */
    private static final List<String[]> PROVOKED = new java.util.ArrayList<>();

    @Rule
    public final FailureReport onFailure = new FailureReport("", () -> browser, () -> dist);

    @BeforeClass
    public static void startDistributionAndBrowser() throws Exception {
        dist = UiDistribution.start("webui");
        demo = dist.api("demo", "demo");
        browser = Browser.start(1280, 800);
        pages = new UiPages(browser, dist.ui());
        browser.openWhenServed(dist.ui());
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (dist != null) {
            dist.close();
        }
    }

    @Test
    public void step1_adminInstallsSevdeskFromTheStore() {
        assertFalse(
                "sevdesk is not installed at start",
                dist.api("admin", "admin")
                        .get("/store/connectors/sevdesk")
                        .json()
                        .get("installed")
                        .asBoolean());
        browser.screenshot("01-sign-in");
        pages.signIn("admin", "admin");
        browser.find("[data-connector=sevdesk]");
        browser.type("input[name=q]", "sevdesk");
        browser.waitFor(
                "the search finds only sevdesk",
                () -> browser.driver.findElements(By.cssSelector(".connector")).size() == 1
                        && browser.present("[data-connector=sevdesk]"));
        browser.click("[data-connector=sevdesk] button");

        String impact = browser.waitForText("dialog", "Bundles to install");
        assertTrue(impact, impact.contains("connector-sevdesk"));
        browser.screenshot("02-store-install-confirm");
        browser.click("dialog .actions .primary");

        pages.awaitJob("install");
        browser.waitForText("[data-connector=sevdesk] .badge", "Installed");
        browser.screenshot("03-store-installed");
        pages.signOut();
    }

    @Test
    public void step2_partnerConfiguresTestsAndActivates() {
        pages.signIn("demo", "demo");
        pages.go("store", "Store");
        browser.click("[data-connector=sevdesk] button[aria-label='Install sevdesk']");
        browser.waitForText("dialog h2", "Install sevdesk into Demo Steuerberatung?");
        browser.click("dialog .actions .primary");
        browser.find("#connection-form");
        assertTrue("Install switches it on", browser.find("#setting-active").isSelected());
        browser.click("#setting-active"); // here it is switched on only after the test below
        assertTrue(
                "the routing filters are in the form",
                browser.find("#group-what-is-sent #setting-documentTypes").isDisplayed());
        browser.click("#group-advanced > summary"); // the simulator's address is an advanced setting
        browser.type("#setting-baseUrl", dist.simulatorApi());
        browser.type("#setting-apiToken", "not-a-sevdesk-token");
        PROVOKED.add(new String[] {"/api/v1/connections", "422"});
        browser.click("#save-connection");

        browser.waitForText("[data-field=apiToken] .field-error", "32-character sevdesk API token");
        assertEquals("true", browser.find("#setting-apiToken").getAttribute("aria-invalid"));
        assertTrue(browser.text(".summary-slot").contains("API token"));
        assertEquals(
                "nothing was stored",
                0,
                demo.get("/connections").json().get("items").size());
        browser.screenshot("04-configure-field-error");

        browser.type("#setting-apiToken", UiDistribution.SANDBOX_TOKEN);
        browser.click("#save-connection");
        browser.find("#test-connection");
        String hash = browser.driver.getCurrentUrl().split("#/connections/", 2)[1];
        connectionId = URLDecoder.decode(hash, StandardCharsets.UTF_8);
        assertEquals(
                "stored — leave empty to keep",
                browser.find("#setting-apiToken").getAttribute("placeholder"));
        assertFalse(
                "the token never comes back", browser.driver.getPageSource().contains(UiDistribution.SANDBOX_TOKEN));

        browser.click("#test-connection");
        browser.waitForText("#test-result", "Connection works");
        browser.screenshot("05-connection-tested");

        // issued and finalized while the connection is still off: only a backfill sends it
        olderId = finalizedInvoice("ui-older", "RE-UI-OLDER");
        browser.click("#connection-active");
        browser.waitForText(".switch-message", "Active.");
        assertTrue(demo.get("/connections/" + connectionId).json().get("active").asBoolean());
        browser.screenshot("06-connection-active");
    }

    @Test
    public void step3_documentTurnsDeliveredAndBackfillSendsTheOlderOne() {
        liveId = finalizedInvoice("ui-live", "RE-UI-LIVE");
        pages.go("documents", "Documents");
        assertEquals("sevdesk", browser.text("#documents-table th.connection-col"));
        browser.waitForText(sevdeskCell(liveId), "Delivered", DELIVERY_SECONDS);
        assertEquals("the older one waits for a backfill", "—", browser.text(sevdeskCell(olderId)));
        browser.screenshot("07-documents-delivered");

        browser.click("tr[data-document='" + liveId + "'] th a");
        browser.waitForText(".transfer .ledger", "DELIVERED");
        browser.screenshot("08-document-ledger");

        pages.go("backfills", "Backfills");
        browser.click("#backfill-check");
        browser.waitFor("the dry run counts", () -> "1"
                .equals(browser.find("#backfill-plan").getAttribute("data-total")));
        assertTrue(
                browser.text("#backfill-plan"),
                browser.text("#backfill-plan").startsWith("1 document would be sent to sevdesk"));
        browser.screenshot("09-backfill-dry-run");
        browser.click("#backfill-start");
        browser.waitFor("the backfill is done", DELIVERY_SECONDS, () -> browser.present(".backfill[data-status=DONE]"));
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>)
                browser.js("const p = document.querySelector('.backfill progress'); return [p.value, p.max];");
        assertEquals("progress bar full", bar.get(1).doubleValue(), bar.get(0).doubleValue(), 0);
        assertEquals(1.0, bar.get(1).doubleValue(), 0);
        assertEquals("Done", browser.text(".backfill .badge"));
        browser.screenshot("10-backfill-done");

        pages.go("documents", "Documents");
        browser.waitForText(sevdeskCell(olderId), "Delivered", DELIVERY_SECONDS);
        pages.go("status", "Status");
        browser.waitForText("#status-table tr[data-connection='" + connectionId + "']", "Online");
        assertTrue(browser.text("#status-updated").matches("Updated \\d\\d:\\d\\d:\\d\\d"));
        browser.screenshot("11-status");
        pages.go("connections", "Extensions");
        browser.find("a[aria-label='Add integration for Hundeschule Bello']");
        browser.screenshot("12-connections");
        pages.signOut();
    }

    @Test
    public void step4_anotherPartnerSeesNoneOfIt() {
        pages.signIn("other", "other");
        assertTrue(browser.text("#who"), browser.text("#who").equals("other · Other Partner"));
        assertEquals(
                "no Clients page without clients",
                true,
                browser.js("return document.getElementById('nav-clients').hidden"));
        pages.go("connections", "Extensions");
        browser.waitForText("#main", "No extensions installed yet");
        pages.go("documents", "Documents");
        browser.waitForText(".documents-message", "No documents match");
        assertTrue(browser.driver
                .findElements(By.cssSelector("#documents-table tbody tr"))
                .isEmpty());
        browser.screenshot("13-other-partner-documents");
        pages.go("status", "Status");
        browser.waitForText("#status-updated", "Updated");
        assertTrue(browser.driver
                .findElements(By.cssSelector("#status-table tbody tr"))
                .isEmpty());
        pages.go("backfills", "Backfills");
        browser.find("#backfill-check");
        assertTrue(browser.driver.findElements(By.cssSelector(".backfill")).isEmpty());

        PROVOKED.add(new String[] {"/api/v1/documents/" + liveId, "404"});
        PROVOKED.add(new String[] {"/api/v1/connections/" + connectionId, "404"});
        browser.open(dist.ui() + "#/documents/" + liveId);
        browser.waitForText("#main [role=alert]", "not found");
        browser.open(dist.ui() + "#/connections/" + connectionId);
        browser.waitForText("#main [role=alert]", "not found");
        String page = browser.driver.getPageSource();
        assertFalse(page.contains("RE-UI-LIVE") || page.contains("RE-UI-OLDER"));
        assertEquals(404, dist.api("other", "other").get("/documents/" + liveId).status());
        pages.signOut();
    }

    @Test
    public void step5_adminUninstallsAndReinstallsSevdesk() {
        pages.signIn("admin", "admin");
        pages.go("store", "Store");
        browser.click("[data-connector=sevdesk] button[aria-label='Uninstall sevdesk']");
        String impact = browser.waitForText("dialog", "Bundles to remove");
        assertTrue(impact, impact.contains("connector-sevdesk") && impact.contains("1 connection will wait"));
        browser.screenshot("14-store-uninstall-confirm");
        browser.click("dialog .actions .danger");
        pages.awaitJob("uninstall");
        browser.waitForText("[data-connector=sevdesk] .badge", "Not installed");
        pages.go("status", "Status");
        String row = "#status-table tr[data-connection='" + connectionId + "']";
        browser.waitForText(row, "Waiting for connector");
        browser.screenshot("15-status-waiting-for-connector");

        pages.go("store", "Store");
        browser.click("[data-connector=sevdesk] button[aria-label='Install sevdesk']");
        browser.waitForText("dialog", "Bundles to install");
        browser.click("dialog .actions .primary");
        pages.awaitJob("install");
        browser.waitForText("[data-connector=sevdesk] .badge", "Installed");
        pages.go("status", "Status");
        browser.waitFor("the connection no longer waits for its connector", () -> !browser.textNow(row)
                .contains("Waiting for connector"));
        pages.signOut();
    }

    @Test
    public void step5a_partnerAddsTheClientIntegrationPrefilledFromItsSettings() {
        client = new ClientIntegrationSteps(dist, browser, pages, demo, connectionId);
        client.addIntegrationPrefilledFromThePartner();
        client.ownValueAndEmptiedBackToThePartners();
    }

    @Test
    public void step5b_clientDocumentIsDeliveredThroughTheClientConnection() {
        client.clientDocumentIsDelivered();
    }

    @Test
    public void step5c_switchingThePartnerOffAsksAndStopsTheClient() {
        client.partnerOffAsksAndStopsTheClient();
    }

    @Test
    public void step5d_partnerAddsAClientIntegrationFromTheClientsPage() {
        client.addIntegrationFromTheClientsPage();
    }

    @Test
    public void step6_mainScreensFitAPhone() {
        try (Browser phone = Browser.start(390, 844)) {
            UiPages p = new UiPages(phone, dist.ui());
            phone.open(dist.ui());
            phone.find("input[name=user]");
            p.assertFitsWidth("sign-in");
            p.signIn("demo", "demo");
            String[][] screens = {
                {"store", "Store", "[data-connector=sevdesk]"},
                {"connections", "Extensions", ".connection"},
                {"connections/" + connectionId, "sevdesk", "#test-connection"},
                {"connections/" + client.clientId(), "sevdesk", "#client-inherited", "client-connection"},
                {"clients", "Clients", ".client-card"},
                {
                    "clients/" + ClientIntegrationSteps.BAKERY,
                    ClientIntegrationSteps.BAKERY_NAME,
                    "#client-integrations li[data-connection]",
                    "client-page"
                },
                {"status", "Status", "#status-table tbody tr"},
                {"documents", "Documents", "#documents-table tbody tr"},
                {"documents/" + liveId, "Invoice RE-UI-LIVE", ".transfer .ledger"},
                {"backfills", "Backfills", ".backfill"},
            };
            for (String[] s : screens) {
                p.go(s[0], s[1]);
                phone.find(s[2]);
                p.assertFitsWidth(s.length > 3 ? s[3] : s[0].replaceAll("/.*", "-detail"));
            }
            p.openMenu();
            p.assertFitsWidth("menu");
            assertNoConsoleErrors(phone.console());
        }
    }

    @Test
    public void step7_consoleHasNoErrors() {
        assertNoConsoleErrors(browser.console());
    }

    /** No SEVERE entries, except the failed resources of the error answers the test provoked on purpose. */
    private static void assertNoConsoleErrors(List<String> console) {
        List<String> errors = console.stream()
                .filter(l -> l.startsWith("SEVERE"))
                .filter(l -> PROVOKED.stream()
                        .noneMatch(p -> l.contains(p[0] + " - Failed to load resource")
                                && l.contains("status of " + p[1] + " ")))
                .toList();
        assertTrue("console errors: " + errors + "\nwhole console: " + console, errors.isEmpty());
    }

    private static String sevdeskCell(String documentId) {
        return "tr[data-document='" + documentId + "'] td.transfer[data-connection-name='sevdesk']";
    }

    private static String finalizedInvoice(String sourceId, String number) {
        return UiDistribution.finalizedInvoice(demo, sourceId, number, null);
    }
}
