package io.ledgerbridge.itests.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.itests.Api;
import io.ledgerbridge.itests.Payloads;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;

/**
 * The article's "Wichtige Hinweise" in the browser: an invoice whose customer has no e-mail address, and one with a
 * number another invoice has, are held ("Needs attention") with the reason; the Documents page marks them and its
 * Transfer filter finds them; the document's page says what to do. One is corrected by the ERP through the API
 * ({@code PUT /documents/{id}/party}), the other on its page with the e-mail form (reached from the connection's
 * page, which names the documents it holds); both are delivered, the duplicate stays held and says what to do. Run
 * as steps of {@link OneCockpitArticleIT}.
 */
final class OneCockpitDocumentSteps {
    private static final int DELIVERY_SECONDS = 60;

    private final UiDistribution dist;
    private final Browser browser;
    private final UiPages pages;
    private final Api bohne;
    private String connectionId;
    private String byErp;
    private String byPartner;
    private String duplicate;

    OneCockpitDocumentSteps(UiDistribution dist, Browser browser, UiPages pages, Api bohne) {
        this.dist = dist;
        this.browser = browser;
        this.pages = pages;
        this.bohne = bohne;
    }

    void heldInvoicesAreShownAndFiltered(String connection) throws IOException {
        this.connectionId = connection;
        String delivered = finalized(bohne, "oc-live-1", "RE-2026-010", "anna@example.com");
        byErp = finalized(bohne, "oc-no-mail-1", "RE-2026-011", null);
        byPartner = finalized(bohne, "oc-no-mail-2", "RE-2026-012", null);
        duplicate = finalized(bohne, "oc-other-tool", "RE-2026-010", "anna@example.com");

        pages.go("documents", "Documents");
        browser.waitForText(cell(delivered), "Delivered", DELIVERY_SECONDS);
        for (String held : List.of(byErp, byPartner, duplicate)) {
            browser.waitForText(cell(held), "Needs attention");
        }
        assertEquals(
                "Same number as another",
                browser.text("tr[data-document='" + duplicate + "'] [data-warning=DUPLICATE_NUMBER]"));
        assertFalse(browser.present("tr[data-document='" + delivered + "'] [data-warning]"));
        assertEquals("What to do", browser.text(cell(byErp) + " a.what-to-do"));
        assertFalse(browser.present(cell(delivered) + " a.what-to-do"));
        browser.screenshot("oc-06-documents-needs-attention");

        browser.choose("#filter-transferStatus", "NEEDS_ATTENTION");
        browser.click(".filters button[type=submit]");
        browser.waitForText(".documents-message", "3 documents shown.");
        assertEquals(Set.of(duplicate, byPartner, byErp), shownDocuments());
        browser.screenshot("oc-07-filter-needs-attention");
    }

    /** The ERP adds the address (PUT …/party): the page, left open, turns Delivered by itself. */
    void correctedThroughTheApi() throws IOException, InterruptedException {
        browser.click(cell(byErp) + " a.what-to-do");
        browser.waitFor("the document's page", () -> browser.textNow("#main h1").equals("Invoice RE-2026-011"));
        String transfer = ".transfer[data-status=NEEDS_ATTENTION]";
        String reason = browser.text(transfer + " .held-reason");
        assertTrue(reason, reason.startsWith("Not sent to OneCockpit yet. The customer has no e-mail address"));
        assertFalse(
                "a held transfer is not retried by itself",
                browser.text(transfer + " .meta").contains("next try"));
        assertEquals("Held: not sent", browser.text(transfer + " .ledger tbody td:nth-child(4)"));
        assertTrue(browser.text(transfer + " .held-advice")
                .startsWith("What to do: enter the customer\u2019s e-mail address"));
        assertEquals("Needs attention", browser.text(transfer + " .badge"));
        assertTrue(browser.text("#party-fix").contains("RE-2026-011 is not sent to OneCockpit because Anna Muster"));
        browser.scrollTo("#party-fix");
        browser.screenshot("oc-08-document-needs-attention");

        ObjectNode party =
                (ObjectNode) ok(bohne.get("/documents/" + byErp)).json().get("party");
        party.put("email", "bruno@example.com");
        ok(bohne.put("/documents/" + byErp + "/party", party.toString()));
        browser.waitForText(".transfer .badge", "Delivered", DELIVERY_SECONDS);
        browser.waitForText(".doc-summary", "bruno@example.com");
        assertFalse("nothing left to correct", browser.present("#party-fix"));
        browser.scrollTo(".doc-summary");
        browser.screenshot("oc-09-corrected-by-erp-delivered");
        assertTrue(dist.oneCockpitState("customers").contains("bruno@example.com"));
    }

    /** The partner enters the address on the document's page: saved, sent, and the summary shows it. */
    void correctedOnTheDocumentsPage() throws IOException, InterruptedException {
        pages.go("connections/" + connectionId, "OneCockpit");
        String held = browser.waitForText("#held-notice", "2 documents are not sent to OneCockpit");
        assertTrue(held, held.contains("They wait until corrected."));
        browser.screenshot("oc-10-connection-documents-held");
        browser.click("#held-documents");
        browser.waitForText(".documents-message", "2 documents shown.");
        assertEquals("NEEDS_ATTENTION", browser.find("#filter-transferStatus").getAttribute("value"));
        browser.click("tr[data-document='" + byPartner + "'] th a");
        browser.waitFor("the document's page", () -> browser.textNow("#main h1").equals("Invoice RE-2026-012"));
        assertEquals("E-mail address of Anna Muster", browser.text("label[for=party-email]"));
        browser.click("#party-email-save");
        browser.waitForText("#party-email-error", "Enter the e-mail address.");
        assertEquals("true", browser.find("#party-email").getAttribute("aria-invalid"));
        browser.type("#party-email", "clara(at)example.com");
        browser.click("#party-email-save");
        browser.waitForText("#party-email-error", "Must be an e-mail address such as name@example.com");
        assertEquals(
                "Not saved: the address must be an e-mail address such as name@example.com.",
                browser.text(".party-fix-result"));
        browser.type("#party-email", "clara@example.com");
        assertEquals("the refusal goes once the address is typed again", "", browser.textNow(".party-fix-result"));
        assertFalse(
                "typing clears the error",
                browser.driver.findElement(By.id("party-email-error")).isDisplayed());
        pages.assertLabelled("oc-document-correction");
        browser.scrollTo("#party-fix");
        browser.screenshot("oc-11-correct-email-form");
        browser.click("#party-email-save");

        browser.waitForText(".transfer-message", "Saved clara@example.com for Anna Muster: sending to OneCockpit now.");
        browser.waitForText(".transfer .badge", "Delivered", DELIVERY_SECONDS);
        assertFalse(browser.present("#party-fix"));
        assertTrue(browser.text(".doc-summary").contains("clara@example.com"));
        browser.scrollTo(".doc-summary");
        browser.screenshot("oc-12-corrected-on-page-delivered");
        assertEquals(
                "clara@example.com",
                ok(bohne.get("/documents/" + byPartner))
                        .json()
                        .at("/party/email")
                        .asText());
        assertTrue(dist.oneCockpitState("invoices").contains("clara@example.com"));

        pages.go("connections/" + connectionId, "OneCockpit");
        browser.waitForText("#held-notice", "1 document is not sent to OneCockpit");
        browser.click("#held-documents");
        browser.waitForText(".documents-message", "1 document shown.");
        assertEquals("the duplicate number stays held", Set.of(duplicate), shownDocuments());
        browser.click(cell(duplicate) + " a.what-to-do");
        browser.waitForText(
                ".document-warning", "Another sales invoice of this tenant already has the number RE-2026-010");
        String transfer = ".transfer[data-status=NEEDS_ATTENTION]";
        assertTrue(browser.text(transfer + " .held-reason").contains("has the number RE-2026-010"));
        assertTrue(browser.text(transfer + " .held-advice")
                .startsWith("What to do: give the invoice a number of its own"));
        assertFalse("the e-mail is there: nothing to correct here", browser.present("#party-fix"));
        browser.screenshot("oc-13-duplicate-number-held");
    }

    String cell(String documentId) {
        return "tr[data-document='" + documentId + "'] td.transfer[data-connection='" + connectionId + "']";
    }

    private Set<String> shownDocuments() {
        return browser.driver.findElements(By.cssSelector("#documents-table tbody tr[data-document]")).stream()
                .map(r -> r.getAttribute("data-document"))
                .collect(Collectors.toSet());
    }

    /** An invoice as the ERP submits and finalizes it; email null: its customer has none. Returns its id. */
    static String finalized(Api api, String sourceId, String number, String email) {
        ObjectNode doc;
        try {
            doc = (ObjectNode) Api.JSON.readTree(Payloads.invoice(sourceId, number));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ObjectNode party = (ObjectNode) doc.get("party");
        if (email == null) {
            party.remove("email");
        } else {
            party.put("email", email);
        }
        Api.Response created = ok(api.post("/documents", doc.toString()));
        String id = created.json().get("id").asText();
        ok(api.post("/documents/" + id + "/finalize", null));
        return id;
    }

    private static Api.Response ok(Api.Response r) {
        return ZenvoicesArticlesIT.ok(r);
    }
}
