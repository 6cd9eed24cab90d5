package io.ledgerbridge.itests.ui;

import static org.junit.Assert.assertFalse;

import org.openqa.selenium.By;

/** The UI's pages as a person uses them: sign in and out, and go to a page once it has loaded. */
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
        browser.waitFor("signed in as " + user, () -> String.valueOf(browser.js("return document.getElementById('who').textContent"))
                .startsWith(user + " ") && browser.driver.findElement(By.id("topbar")).isDisplayed());
    }

    void signOut() {
        browser.click("#sign-out");
        browser.find("input[name=user]");
        assertFalse("the header is hidden once signed out", browser.driver.findElement(By.id("topbar")).isDisplayed());
    }

    /** Opens a page by its route (e.g. "documents") and waits for its heading. */
    void go(String route, String heading) {
        browser.open(ui + "#/" + route);
        browser.waitFor("page " + route + " shows '" + heading + "'", () -> browser.textNow("#main h1").equals(heading));
    }

    /** Opens the phone menu (the navigation is collapsed behind "Menu" at phone width). */
    void openMenu() {
        browser.click("#menu-toggle");
        browser.waitFor("menu open", () -> browser.present("#nav.open"));
    }
}
