package io.ledgerbridge.itests.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.openqa.selenium.By;

/**
 * The UI's pages as a person uses them: sign in and out, go to a page once it has loaded; and the checks every page
 * passes.
 */
final class UiPages {
    private final Browser browser;
    private final String ui;

    UiPages(Browser browser, String ui) {
        this.browser = browser;
        this.ui = ui;
    }

    void signIn(String user, String password) {
        browser.open(ui);
        browser.find("input[name=user]");
        browser.type("input[name=user]", user);
        browser.type("input[name=password]", password);
        browser.click("form.signin button[type=submit]");
        // textContent: at phone width the name sits in the collapsed menu, where getText() sees nothing
        browser.waitFor(
                "signed in as " + user,
                () -> String.valueOf(browser.js("return document.getElementById('who').textContent"))
                                .startsWith(user + " ")
                        && browser.driver.findElement(By.id("topbar")).isDisplayed());
    }

    void signOut() {
        browser.click("#sign-out");
        browser.find("input[name=user]");
        assertFalse(
                "the header is hidden once signed out",
                browser.driver.findElement(By.id("topbar")).isDisplayed());
    }

    /**
     * Opens a page by its route (e.g. "documents") and waits for its heading. The page shown before is marked, so
     * that a heading it shares with the new page (two connections named alike) is not taken for the new one.
     */
    void go(String route, String heading) {
        String url = ui + "#/" + route;
        if (!url.equals(browser.driver.getCurrentUrl())) {
            browser.js("document.querySelectorAll('#main > .page').forEach(p => p.setAttribute('data-left', ''))");
        }
        browser.open(url);
        browser.waitFor(
                "page " + route + " shows '" + heading + "'",
                () -> browser.textNow("#main > .page:not([data-left]) h1").equals(heading));
    }

    /** Waits for the store's job panel to end and checks that the job succeeded with a full progress bar. */
    void awaitJob(String action) {
        browser.waitFor(
                "the " + action + " job ends",
                120,
                () -> browser.present(".job[data-status=SUCCEEDED]") || browser.present(".job[data-status=FAILED]"));
        assertTrue(browser.text(".job .step"), browser.present(".job[data-status=SUCCEEDED]"));
        assertEquals(100L, ((Number) browser.js("return document.querySelector('.job progress').value")).longValue());
        System.out.println(action + " job: " + browser.text(".job .step"));
    }

    /** Opens the phone menu (the navigation is collapsed behind "Menu" at phone width). */
    void openMenu() {
        browser.click("#menu-toggle");
        browser.waitFor("menu open", () -> browser.present("#nav.open"));
    }

    /** Keeps a screenshot "phone-<name>" and checks that the page fits the window's width and labels its controls. */
    void assertFitsWidth(String name) {
        browser.screenshot("phone-" + name);
        assertLabelled(name);
        @SuppressWarnings("unchecked")
        List<Number> widths =
                (List<Number>) browser.js("return [document.documentElement.scrollWidth, window.innerWidth];");
        assertTrue(
                name + " is wider than the phone: " + widths,
                widths.get(0).intValue() <= widths.get(1).intValue());
    }

    /** Every control has a label, every button a text: checked on each screen of the phone pass. */
    void assertLabelled(String name) {
        Object unlabelled = browser.js("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !e.getAttribute('aria-labelledby')).map(e => e.id || e.name)"
                + ".concat([...document.querySelectorAll('button, a.button')].filter(e => !e.textContent.trim()"
                + " && !e.getAttribute('aria-label')).map(e => e.outerHTML));");
        assertEquals(name + ": controls without a label", List.of(), unlabelled);
    }
}
