package io.ledgerbridge.itests.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.ledgerbridge.itests.Api;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;

/**
 * The two Banqup help-centre articles on Zenvoices, walked in Chromium as they are written, against the distribution
 * with the Zenvoices simulator and the connector installed by the platform admin. First the company article: the
 * single company "Kaffeerösterei Bohne" finds Zenvoices in the store, installs it, confirms, enters its settings with
 * a mistyped company code, saves the configuration and is told what happens now; the connection test names the code
 * and lists the existing ones, the Extensions page shows the problem; corrected, it is Online. Then the partner
 * article (see {@link ZenvoicesPartnerSteps}). Screenshots "zen-*" in {@code target/screenshots}.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ZenvoicesArticlesIT {
    static final String USER = "api@sandbox.test";
    static final String PASSWORD = "sandbox";
    static final String ORGANIZATION = "SANDBOX";
    private static UiDistribution dist;
    private static Browser browser;
    private static UiPages pages;
    private static ZenvoicesPartnerSteps partner;

    @Rule
    public final FailureReport onFailure = new FailureReport("", () -> browser, () -> dist);

    @BeforeClass
    public static void startDistributionAndBrowser() throws Exception {
        dist = UiDistribution.startWithZenvoices("zenvoices-articles");
        dist.addZenvoicesCompany(ZenvoicesPartnerSteps.BAKERY_CODE, "Baeckerei Korn GmbH");
        browser = Browser.start(1280, 900);
        pages = new UiPages(browser, dist.ui());
        browser.openWhenServed(dist.ui());
        partner = new ZenvoicesPartnerSteps(dist, browser, pages);
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
    public void step1_companyInstallsZenvoicesFromTheStore() {
        pages.signIn(UiDistribution.COMPANY, UiDistribution.COMPANY);
        installFromTheStore(browser, pages, UiDistribution.COMPANY_NAME, "company");
        fillSettings(browser, dist, "ACNE");
        browser.screenshot("zen-03-company-settings");
        browser.click("#save-connection");

        String notice =
                browser.waitForText("#main .message.ok", "Zenvoices is installed in " + UiDistribution.COMPANY_NAME);
        assertTrue(notice, notice.contains("documents approved or sent are exported to Zenvoices automatically"));
        assertTrue(notice, notice.contains("Test the connection"));
        browser.screenshot("zen-04-company-installed");
    }

    @Test
    public void step2_aWrongCompanyCodeIsNamedThenFixedAndOnline() {
        String id = connectionIdFromUrl(browser);
        browser.click("#test-connection");
        String failed = browser.waitForText("#test-result", "Zenvoices has no company with the code 'ACNE'");
        assertTrue(
                failed, failed.contains("the companies are: ") && failed.contains("ACME") && failed.contains("BETA"));
        browser.screenshot("zen-05-company-wrong-code");

        pages.go("connections", "Extensions");
        String item = "li.connection[data-connection='" + id + "'] ";
        String problem = browser.waitForText(item + ".health .problem", "A setting is wrong");
        assertTrue(problem, problem.contains("'ACNE'"));
        assertEquals("Offline", browser.text(item + ".connection-line .badge"));
        assertEquals("No document sent yet", browser.text(item + ".last-delivery"));
        browser.screenshot("zen-06-extensions-problem");

        browser.click(item + "a[aria-label='Manage Zenvoices']");
        browser.find("#test-connection");
        browser.type("#setting-companyCode", "ACME");
        browser.click("#save-connection");
        browser.waitForText("#main .message.ok", "Saved.");
        browser.click("#test-connection");
        browser.waitForText("#test-result", "Connection works");
        assertTrue(browser.text("#test-result"), browser.text("#test-result").contains("company ACME"));

        pages.go("connections", "Extensions");
        browser.waitForText(item + ".connection-line .badge", "Online");
        assertFalse("no problem once it works", browser.present(item + ".health .problem"));
        browser.screenshot("zen-07-extensions-online");

        pages.go("store", "Store");
        browser.waitForText("[data-connector=zenvoices] .badge", "Installed");
        assertEquals("Manage", browser.text("[data-connector=zenvoices] .actions a"));
        pages.signOut();
    }

    @Test
    public void step3_partnerInstallsAndConfiguresZenvoices() {
        partner.installsAndConfigures();
    }

    @Test
    public void step4_partnerAddsTheIntegrationForAClient() {
        partner.addsTheIntegrationForHundeschule();
    }

    @Test
    public void step5_aClientDocumentIsDeliveredAndShown() {
        partner.clientDocumentIsDelivered();
    }

    @Test
    public void step6_partnerAddsSeveralClientsFromAList() throws Exception {
        partner.addsSeveralClientsFromAList();
    }

    @Test
    public void step7_activeOffDisconnectsAllClients() {
        partner.activeOffDisconnectsAllClients();
    }

    /** Store → search "Zenvoices" → Install → confirm: the settings form of a new connection opens. */
    static void installFromTheStore(Browser browser, UiPages pages, String space, String shot) {
        pages.go("store", "Store");
        browser.type("input[name=q]", "Zenvoices");
        browser.waitForText(".count", "1 extension matches “Zenvoices”.");
        assertEquals(
                1, browser.driver.findElements(By.cssSelector(".connector")).size());
        assertEquals("Not installed", browser.text("[data-connector=zenvoices] .badge"));
        assertEquals("Install", browser.text("[data-connector=zenvoices] .actions button"));
        browser.screenshot("zen-01-store-search-" + shot);
        browser.click("[data-connector=zenvoices] button[aria-label='Install Zenvoices']");

        browser.waitForText("dialog h2", "Install Zenvoices into " + space + "?");
        String next = browser.text("dialog .dialog-body");
        assertTrue(next, next.contains("User name, Password, Organization code, Company code"));
        assertTrue(next, next.contains("documents approved or sent from then on are exported"));
        browser.screenshot("zen-02-install-confirm-" + shot);
        browser.click("dialog .actions .primary");
        browser.waitFor("the settings form", () -> browser.textNow("#main h1").equals("Install Zenvoices"));
        assertEquals("For: " + space, browser.text("#connection-form > .meta"));
        assertEquals("Save configuration", browser.text("#save-connection"));
        assertTrue("switched on at once", browser.find("#setting-active").isSelected());
    }

    /** The article's settings: user name, password, organization code, company code (and the simulator's address). */
    static void fillSettings(Browser browser, UiDistribution dist, String companyCode) {
        browser.type("#setting-userName", USER);
        browser.type("#setting-password", PASSWORD);
        browser.type("#setting-organizationCode", ORGANIZATION);
        browser.type("#setting-companyCode", companyCode);
        browser.click("#group-advanced > summary");
        browser.type("#setting-baseUrl", dist.zenvoicesAddress());
    }

    static String connectionIdFromUrl(Browser browser) {
        browser.find("#test-connection");
        String hash = browser.driver.getCurrentUrl().split("#/connections/", 2)[1];
        return URLDecoder.decode(hash, StandardCharsets.UTF_8);
    }

    static Api.Response ok(Api.Response r) {
        assertTrue(r.status() + " " + r.body(), r.status() / 100 == 2);
        return r;
    }
}
