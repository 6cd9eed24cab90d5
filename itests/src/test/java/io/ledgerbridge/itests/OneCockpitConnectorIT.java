package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The OneCockpit link of issue 13 in the distribution, against the sandbox's OneCockpit simulator: the partner links
 * its OneCockpit account; invoices land at their customers (found by e-mail) with a link back to the ERP; an invoice
 * without e-mail and one whose number a second invoicing program used are held with the reason; payment and
 * cancellation update the same invoice; what came while the connection was off is offered and backfilled; every
 * invoice reaches OneCockpit once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OneCockpitConnectorIT {
    private static final String ONECOCKPIT = "ledgerbridge-connector-onecockpit";
    private static final String ERP = "https://erp.example/invoices/";
    private static final String ANNA = "anna@example.com";
    private static final String BELLO = "info@bello.example";
    private static final String EXPORT = "EXPORT";

    @Inject
    FeaturesService features;

    @Inject
    ConfigurationAdmin configAdmin;

    private Api demo;
    private OneCockpitSandbox onecockpit;
    private String connection;
    private ConnectionTransfers transfers;
    /** The invoice numbers OneCockpit must show, each created once. */
    private final Map<String, Integer> expectedCreates = new TreeMap<>();

    /** A submitted invoice: its document id and number. */
    private record Invoice(String id, String number) {}

    @Configuration
    public Option[] config() {
        return Distribution.options();
    }

    @Before
    public void signInAsThePartner() throws InterruptedException {
        demo = Distribution.api("demo");
        Await.until("the REST API answers", 60, () -> demo.get("/connections").status() == 200);
    }

    @Test
    public void invoicesReachTheirCustomersInOneCockpitOnceAndHeldOnesWaitForTheirCorrection() throws Exception {
        onecockpit = OneCockpitSandbox.start(configAdmin, features);
        features.installFeature(ONECOCKPIT);
        connection = linkedAccount();
        transfers = new ConnectionTransfers(demo, connection);

        Invoice anna = issued("oc-anna", party(ANNA, null, "Anna", "Muster"));
        Invoice bello = issued("oc-bello", party(BELLO, "Hundeschule Bello GmbH", "Berta", "Bello"));
        Invoice carl = issued("oc-carl", party(null, null, "Carl", "Ohnemail"));
        invoicesLandAtTheirCustomersWithALinkBack(anna, bello);
        anInvoiceWithoutEmailWaitsUntilItsPartyIsCorrected(carl);
        paymentAndCancellationUpdateTheSameInvoice(anna, bello);
        aNumberFromASecondInvoicingProgramIsHeld(anna);
        whatCameWhileOffIsOfferedAndBackfilled();

        assertEquals("0 duplicates", expectedCreates, onecockpit.invoiceCreates());
        assertEquals(expectedCreates.keySet(), onecockpit.invoices().keySet());
    }

    /**
     * "Jetzt Buchen" and "Authentifizieren": the sandbox login, exchanged for a token when saved (the password is not
     * kept), tested; the answer names the linked account.
     */
    private String linkedAccount() throws InterruptedException {
        String body = "{\"connectorId\":\"onecockpit\",\"settings\":{\"tenant\":\"demo\",\"name\":\"OneCockpit\","
                + "\"active\":true,\"user\":\"" + OneCockpitSandbox.USER + "\",\"password\":\""
                + OneCockpitSandbox.PASSWORD + "\",\"baseUrl\":\"" + onecockpit.baseUrl() + "\"}}";
        String[] id = {null};
        Await.until("the OneCockpit connector accepts a connection", 60, () -> {
            Api.Response created = demo.post("/connections", body);
            assertTrue(created.body(), created.status() == 201 || created.status() == 404);
            id[0] = created.status() == 201 ? created.json().get("id").asText() : null;
            return id[0] != null;
        });
        JsonNode stored = demo.get("/connections/" + id[0] + "/settings").json();
        assertEquals(
                "only the token is kept: " + stored,
                "[\"apiToken\"]",
                stored.path("storedSecrets").toString());
        JsonNode tested = demo.post("/connections/" + id[0] + "/test", null).json();
        assertTrue(tested.toString(), tested.path("ok").asBoolean());
        assertEquals(
                tested.toString(),
                "Connected to OneCockpit account " + OneCockpitSandbox.ACCOUNT,
                tested.path("message").asText());
        return id[0];
    }

    private void invoicesLandAtTheirCustomersWithALinkBack(Invoice anna, Invoice bello) throws InterruptedException {
        deliver(anna);
        deliver(bello);
        JsonNode customer = onecockpit.customers().get(BELLO);
        List<String> fields = List.of("company", "title", "firstName", "lastName", "street", "zip", "city", "country");
        assertEquals(
                String.valueOf(customer),
                List.of("Hundeschule Bello GmbH", "Dr.", "Berta", "Bello", "Parkweg 7", "20095", "Hamburg", "DE"),
                fields.stream().map(field -> customer.path(field).asText()).toList());
        assertEquals(
                customer.toString(), "+49 40 123456", customer.path("phone").asText());
        JsonNode invoice = onecockpit.invoices().get(bello.number());
        assertEquals(invoice.toString(), ERP + "oc-bello", invoice.path("url").asText());
        assertEquals(invoice.toString(), List.of(BELLO, "119.00", "open"), shown(invoice));
        assertEquals(
                ERP + "oc-anna",
                onecockpit.invoices().get(anna.number()).path("url").asText());
    }

    private void anInvoiceWithoutEmailWaitsUntilItsPartyIsCorrected(Invoice carl) throws InterruptedException {
        String reason = transfers
                .await(carl.id(), EXPORT, "NEEDS_ATTENTION")
                .path("lastMessage")
                .asText();
        assertTrue(reason, reason.startsWith("the customer has no e-mail address: OneCockpit can only assign"));
        JsonNode held = demo.get("/documents?transferStatus=NEEDS_ATTENTION").json();
        assertEquals(held.toString(), List.of(carl.id()), held.path("items").findValuesAsText("id"));
        assertFalse("not sent", onecockpit.invoices().containsKey(carl.number()));

        String corrected = party("carl@example.com", null, "Carl", "Ohnemail").toString();
        Api.Response answer = demo.put("/documents/" + carl.id() + "/party", corrected);
        assertEquals(answer.body(), 200, answer.status());
        deliver(carl);
        assertEquals(
                "carl@example.com",
                onecockpit.invoices().get(carl.number()).path("customerEmail").asText());
    }

    /** Both are updates of an exported invoice: the same number, a new status, nothing created. */
    private void paymentAndCancellationUpdateTheSameInvoice(Invoice anna, Invoice bello) throws InterruptedException {
        lifecycle(anna, "mark-paid");
        lifecycle(bello, "cancel");
        transfers.await(anna.id(), "PAYMENT", "DELIVERED");
        transfers.await(bello.id(), "CANCELLATION", "DELIVERED");
        assertEquals(
                List.of(ANNA, "119.00", "paid"), shown(onecockpit.invoices().get(anna.number())));
        assertEquals(
                List.of(BELLO, "119.00", "cancelled"),
                shown(onecockpit.invoices().get(bello.number())));
    }

    /**
     * invoiz's warning: two invoicing programs with the same numbers. The second invoice is held, and so is its
     * payment: neither may reach OneCockpit, which would show the first invoice at the second one's customer.
     */
    private void aNumberFromASecondInvoicingProgramIsHeld(Invoice anna) throws Exception {
        JsonNode created = submit("second-program-1", anna.number(), party(BELLO, null, "Berta", "Bello"));
        assertEquals(
                created.toString(),
                "DUPLICATE_NUMBER",
                created.at("/warnings/0/code").asText());
        Invoice second = new Invoice(created.path("id").asText(), anna.number());
        lifecycle(second, "finalize");
        String reason = transfers
                .await(second.id(), EXPORT, "NEEDS_ATTENTION")
                .path("lastMessage")
                .asText();
        assertTrue(reason, reason.startsWith("another sales invoice of this tenant has the number " + anna.number()));

        lifecycle(second, "mark-paid");
        transfers.await(second.id(), "PAYMENT", "NEEDS_ATTENTION");
        assertEquals(
                "the first as it was",
                List.of(ANNA, "119.00", "paid"),
                shown(onecockpit.invoices().get(anna.number())));
    }

    /** invoiz's "Schnittstelle deaktivieren ... aktivieren": what was finalized meanwhile is named, then backfilled. */
    private void whatCameWhileOffIsOfferedAndBackfilled() throws Exception {
        switchActive(false);
        Invoice first = issued("oc-off-1", party(ANNA, null, "Anna", "Muster"));
        Invoice second = issued("oc-off-2", party(BELLO, null, "Berta", "Bello"));
        switchActive(true);
        assertEquals(
                "neither routed",
                List.of("NONE", "NONE"),
                List.of(transfers.status(first.id(), EXPORT), transfers.status(second.id(), EXPORT)));
        JsonNode missed = demo.get("/connections/" + connection + "/missed").json();
        List<String> named = new ArrayList<>();
        missed.path("documentIds").forEach(id -> named.add(id.asText()));
        assertEquals(missed.toString(), List.of(first.id(), second.id()), named);

        String ids = "[\"" + first.id() + "\",\"" + second.id() + "\"]";
        Api.Response backfill =
                demo.post("/backfills", "{\"connectionId\":\"" + connection + "\",\"documentIds\":" + ids + "}");
        assertEquals(backfill.body(), 201, backfill.status());
        deliver(first);
        deliver(second);
    }

    private void switchActive(boolean active) {
        Api.Response changed = demo.put("/connections/" + connection, "{\"settings\":{\"active\":" + active + "}}");
        assertEquals(changed.body(), 200, changed.status());
    }

    /** An invoice of tenant demo with a link back to the ERP, finalized (the connector's first default trigger). */
    private Invoice issued(String sourceId, ObjectNode party) {
        JsonNode created = submit(sourceId, "RE-" + sourceId, party);
        Invoice invoice = new Invoice(created.path("id").asText(), "RE-" + sourceId);
        lifecycle(invoice, "finalize");
        return invoice;
    }

    private JsonNode submit(String sourceId, String number, ObjectNode party) {
        Api.Response created = demo.post("/documents", Payloads.invoice(sourceId, number, party, ERP + sourceId));
        assertEquals(created.body(), 201, created.status());
        return created.json();
    }

    private void lifecycle(Invoice invoice, String action) {
        Api.Response done = demo.post("/documents/" + invoice.id() + "/" + action, null);
        assertEquals(action + " " + done.body(), 200, done.status());
    }

    /** A customer in Hamburg; one with a company also has a title and a phone number. */
    private static ObjectNode party(String email, String company, String firstName, String lastName) {
        ObjectNode party = Api.JSON.createObjectNode().put("email", email).put("firstName", firstName);
        party.put("lastName", lastName)
                .put("street", "Parkweg 7")
                .put("zip", "20095")
                .put("city", "Hamburg");
        party.put("country", "DE");
        return company == null
                ? party
                : party.put("companyName", company).put("title", "Dr.").put("phone", "+49 40 123456");
    }

    /** What OneCockpit shows of an invoice: whose it is, its amount and its status. */
    private static List<String> shown(JsonNode invoice) {
        return List.of(
                invoice.path("customerEmail").asText(),
                invoice.path("amount").asText(),
                invoice.path("status").asText());
    }

    /** Waits until the invoice is delivered; from then on OneCockpit must show its number, created once. */
    private void deliver(Invoice invoice) throws InterruptedException {
        transfers.await(invoice.id(), EXPORT, "DELIVERED");
        expectedCreates.put(invoice.number(), 1);
    }
}
