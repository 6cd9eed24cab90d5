package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
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
 * The Zenvoices partner flow of issue 12 in the distribution, against the sandbox's Zenvoices simulator: the partner
 * configures the connector once (its own company), adds it to two clients with their company codes, each client's
 * invoices land in its own company's inbox only; the partner's Active switch stops both clients; an uninstalled
 * connector leaves their invoices waiting until it is installed again; every document reaches Zenvoices once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ZenvoicesConnectorIT {
    private static final String ZENVOICES = "ledgerbridge-connector-zenvoices";
    private static final String PARTNER = "demo";
    private static final String HUNDESCHULE = "demo-hundeschule";
    private static final String BAECKEREI = "demo-baeckerei";
    private static final String PARTNER_COMPANY = "DEMOSTB";
    private static final String CAFE = "demo-cafe";
    private static final String KIOSK = "demo-kiosk";

    @Inject
    FeaturesService features;

    @Inject
    ConfigurationAdmin configAdmin;

    private Api demo;
    private ZenvoicesSandbox zenvoices;
    /** What each company's inbox must hold, as {@link ZenvoicesSandbox#inboxByCompany()} shows it. */
    private final Map<String, List<String>> expectedInbox = new TreeMap<>();

    /** A partner connection and its two clients' connections. */
    private record Connections(String partner, String acme, String beta) {}

    /** A submitted document: its id and the connection that must (or must not) deliver it. */
    private record Invoice(String id, String number, String connection) {}

    @Configuration
    public Option[] config() {
        return Distribution.options(Distribution.TENANTS + "; " + BAECKEREI + "|Baeckerei Korn|" + PARTNER + "; " + CAFE
                + "|Cafe Mohn|" + PARTNER + "; " + KIOSK + "|Kiosk Ecke|" + PARTNER);
    }

    @Before
    public void signInAsThePartner() throws InterruptedException {
        demo = Distribution.api("demo"); // the port is known in the container only
        Await.until("the REST API answers", 60, () -> demo.get("/connections").status() == 200);
    }

    @Test
    public void eachClientsInvoicesReachOnlyItsOwnCompanyOnceWhileThePartnerConnectionIsActiveAndInstalled()
            throws Exception {
        zenvoices = ZenvoicesSandbox.start(configAdmin, features);
        zenvoices.addCompany(PARTNER_COMPANY, "Demo Steuerberatung");
        zenvoices.addCompany("GAMMA", "Cafe Mohn");
        features.installFeature(ZENVOICES);
        Connections connections = partnerWithTwoClients();

        eachClientsInvoicesLandInItsOwnCompany(connections);
        aListOfClientsAddsThoseWhoseCodeZenvoicesListsAndNothingForTheOthers(connections);
        thePartnersActiveSwitchStopsBothClients(connections);
        anUninstalledConnectorLeavesTheInvoicesWaitingUntilItIsBack(connections);

        assertEquals(expectedInbox, zenvoices.inboxByCompany());
        assertEquals("0 duplicates", "{}", zenvoices.duplicates());
        long documents = expectedInbox.values().stream().mapToLong(List::size).sum();
        assertEquals("one upload per document", documents, zenvoices.uploads());
    }

    /** Steps 3 and 4 of the Banqup article: the partner's own connection, then one per client with its company. */
    private Connections partnerWithTwoClients() throws InterruptedException {
        String partner = create("{\"tenant\":\"demo\",\"name\":\"Zenvoices\",\"active\":true,"
                + "\"userName\":\"" + ZenvoicesSandbox.USER + "\",\"password\":\"" + ZenvoicesSandbox.PASSWORD + "\","
                + "\"organizationCode\":\"" + ZenvoicesSandbox.ORGANIZATION + "\",\"companyCode\":\"" + PARTNER_COMPANY
                + "\",\"baseUrl\":\"" + zenvoices.baseUrl() + "\"}");
        assertConnected(partner, PARTNER_COMPANY);
        String acme = create(clientSettings(HUNDESCHULE, partner, "ACME"));
        String beta = create(clientSettings(BAECKEREI, partner, "BETA"));
        assertConnected(acme, "ACME");
        assertConnected(beta, "BETA");
        return new Connections(partner, acme, beta);
    }

    private void eachClientsInvoicesLandInItsOwnCompany(Connections c) throws InterruptedException {
        deliver(PARTNER_COMPANY, approvedInvoices(PARTNER, c.partner(), "stb-1"));
        deliver("ACME", approvedInvoices(HUNDESCHULE, c.acme(), "hund-1", "hund-2"));
        deliver("BETA", approvedInvoices(BAECKEREI, c.beta(), "baeck-1", "baeck-2"));
        assertEquals(expectedInbox, zenvoices.inboxByCompany());
    }

    /**
     * Many clients at once, as an accounting firm pastes them from a spreadsheet (semicolons, CRLF): each
     * code checked against the companies Zenvoices lists; only the client that passes gets a connection.
     */
    private void aListOfClientsAddsThoseWhoseCodeZenvoicesListsAndNothingForTheOthers(Connections c)
            throws InterruptedException {
        String csv = "client;companyCode\r\nCafe Mohn;GAMMA\r\n" + HUNDESCHULE + ";ACME\r\n" + KIOSK
                + ";NOPE\r\nNobody;ACME\r\n";
        Api.Response answer = demo.post(
                "/connections/" + c.partner() + "/clients",
                "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(answer.body(), 200, answer.status());
        JsonNode results = answer.json().path("results");
        assertEquals(answer.body(), 1, answer.json().path("added").asInt());
        assertEquals(
                answer.body(),
                List.of(true, false, false, false),
                List.of(
                        results.get(0).path("ok").asBoolean(),
                                results.get(1).path("ok").asBoolean(),
                        results.get(2).path("ok").asBoolean(),
                                results.get(3).path("ok").asBoolean()));
        assertEquals(CAFE, results.get(0).path("clientId").asText());
        assertTrue(answer.body(), results.get(1).path("message").asText().contains("has this integration already"));
        assertTrue(answer.body(), results.get(2).path("message").asText().contains("no company with the code 'NOPE'"));
        assertTrue(answer.body(), results.get(3).path("message").asText().contains("'Nobody' is none of your clients"));
        assertEquals(
                "nothing created for the kiosk",
                0,
                demo.get("/connections").json().path("items").findValuesAsText("tenantId").stream()
                        .filter(KIOSK::equals)
                        .count());
        String cafe = results.get(0).path("connectionId").asText();
        deliver("GAMMA", approvedInvoices(CAFE, cafe, "cafe-1"));
    }

    /**
     * "Zenvoices trennen": Active off on the partner's connection stops its clients' connections. The engine routes
     * an invoice when it is approved and only over connections that run, so invoices approved meanwhile are never sent
     * by themselves, not even once the partner switches on again; the ones approved after that are.
     */
    private void thePartnersActiveSwitchStopsBothClients(Connections c) throws InterruptedException {
        switchPartner(c, false);
        List<Invoice> whileOff = new ArrayList<>(approvedInvoices(HUNDESCHULE, c.acme(), "hund-off"));
        whileOff.addAll(approvedInvoices(BAECKEREI, c.beta(), "baeck-off"));
        assertNoTransfers(whileOff);

        switchPartner(c, true);
        deliver("ACME", approvedInvoices(HUNDESCHULE, c.acme(), "hund-on"));
        deliver("BETA", approvedInvoices(BAECKEREI, c.beta(), "baeck-on"));
        assertNoTransfers(whileOff);
        assertEquals(expectedInbox, zenvoices.inboxByCompany());
    }

    private void anUninstalledConnectorLeavesTheInvoicesWaitingUntilItIsBack(Connections c) throws Exception {
        features.uninstallFeature(ZENVOICES);
        List<Invoice> hundeschule = approvedInvoices(HUNDESCHULE, c.acme(), "hund-wait");
        List<Invoice> baeckerei = approvedInvoices(BAECKEREI, c.beta(), "baeck-wait");
        for (Invoice invoice : List.of(hundeschule.get(0), baeckerei.get(0))) {
            Await.until("waiting " + invoice, 60, () -> "WAITING_FOR_CONNECTOR".equals(status(invoice)));
        }
        JsonNode acme = demo.get("/connections/" + c.acme()).json();
        assertEquals(
                acme.toString(), "CONNECTOR_MISSING", acme.path("statusDetail").asText());
        assertEquals("nothing is sent meanwhile", expectedInbox, zenvoices.inboxByCompany());

        features.installFeature(ZENVOICES);
        deliver("ACME", hundeschule);
        deliver("BETA", baeckerei);
    }

    private static String clientSettings(String client, String partnerConnection, String companyCode) {
        return "{\"tenant\":\"" + client + "\",\"partnerConnection\":\"" + partnerConnection + "\","
                + "\"name\":\"Zenvoices\",\"active\":true,\"companyCode\":\"" + companyCode + "\"}";
    }

    /** Creates a Zenvoices connection, waiting (bounded) until the connector is installed. */
    private String create(String settings) throws InterruptedException {
        String body = "{\"connectorId\":\"zenvoices\",\"settings\":" + settings + "}";
        String[] id = {null};
        Await.until("the Zenvoices connector accepts " + settings, 60, () -> {
            Api.Response created = demo.post("/connections", body);
            assertTrue(created.body(), created.status() == 201 || created.status() == 404);
            id[0] = created.status() == 201 ? created.json().get("id").asText() : null;
            return id[0] != null;
        });
        return id[0];
    }

    /** The connection test signs in with the partner's login and finds the connection's own company. */
    private void assertConnected(String connection, String companyCode) throws InterruptedException {
        JsonNode[] result = {null};
        Await.until("the connector of " + connection + " answers its test", 60, () -> {
            result[0] = demo.post("/connections/" + connection + "/test", null).json();
            return !result[0].path("message").asText().contains("not installed");
        });
        assertTrue(result[0].toString(), result[0].path("ok").asBoolean());
        assertTrue(
                result[0].toString(),
                result[0]
                        .path("message")
                        .asText()
                        .startsWith("Connected to Zenvoices as '" + ZenvoicesSandbox.USER + "' in organisation '"
                                + ZenvoicesSandbox.ORGANIZATION + "': documents go to the inbox of company "
                                + companyCode));
    }

    private void switchPartner(Connections c, boolean active) {
        Api.Response changed = demo.put("/connections/" + c.partner(), "{\"settings\":{\"active\":" + active + "}}");
        assertEquals(changed.body(), 200, changed.status());
        for (String client : List.of(c.acme(), c.beta())) {
            JsonNode view = demo.get("/connections/" + client).json();
            assertEquals(view.toString(), active, view.path("active").asBoolean());
        }
    }

    /** Invoices with their PDF for a tenant, finalized and approved (the connector's default trigger). */
    private List<Invoice> approvedInvoices(String tenant, String connection, String... sourceIds) {
        List<Invoice> invoices = new ArrayList<>();
        for (String sourceId : sourceIds) {
            String number = "RE-" + sourceId;
            Api.Response created = demo.post("/documents", Payloads.invoice(sourceId, number, tenant));
            assertEquals(created.body(), 201, created.status());
            String id = created.json().get("id").asText();
            for (String action : List.of("finalize", "approve")) {
                Api.Response done = demo.post("/documents/" + id + "/" + action, null);
                assertEquals(action + " " + done.body(), 200, done.status());
            }
            invoices.add(new Invoice(id, number, connection));
        }
        return invoices;
    }

    /** Waits until each invoice is delivered; from then on the company's inbox must hold it with its PDF. */
    private void deliver(String companyCode, List<Invoice> invoices) throws InterruptedException {
        for (Invoice invoice : invoices) {
            Await.until("delivered " + invoice, 60, () -> {
                String status = status(invoice);
                assertFalse(
                        invoice + " " + status + ": "
                                + demo.get("/transfers?documentId=" + invoice.id())
                                        .body(),
                        status.equals("FAILED") || status.equals("SKIPPED"));
                return "DELIVERED".equals(status);
            });
            List<String> inbox = expectedInbox.computeIfAbsent(companyCode, code -> new ArrayList<>());
            inbox.add(invoice.id() + " " + invoice.number() + ".pdf");
            Collections.sort(inbox);
        }
    }

    /** Routing happens in the approval's own transaction: no transfer now means none over any connection. */
    private void assertNoTransfers(List<Invoice> invoices) {
        for (Invoice invoice : invoices) {
            JsonNode transfers =
                    demo.get("/transfers?documentId=" + invoice.id()).json().path("items");
            assertEquals(invoice + ": " + transfers, 0, transfers.size());
        }
    }

    private String status(Invoice invoice) {
        return demo.get("/transfers/status?documentIds=" + invoice.id())
                .json()
                .at("/documents/" + invoice.id())
                .path(invoice.connection())
                .asText("NONE");
    }
}
