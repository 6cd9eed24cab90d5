package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
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
 * The Billomat connector in the distribution, installed at runtime next to the sandbox's Billomat simulator: an
 * export account created through the REST API sends finalized invoices, found completed (and paid) in the
 * simulator without duplicates; an import account brings the simulator's invoices in.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BillomatConnectorIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static int simPort;

    @Inject
    FeaturesService features;

    @Inject
    ConfigurationAdmin configAdmin;

    private Api demo;

    @Configuration
    public Option[] config() {
        return Distribution.options();
    }

    @Before
    public void installSimulatorAndConnector() throws Exception {
        int port = Integer.getInteger(Distribution.HTTP_PORT_PROPERTY);
        demo = new Api(port, "demo", "demo");
        Await.until("the REST API answers", 60, () -> demo.get("/documents").status() == 200);
        if (simPort == 0) {
            simPort = Distribution.freePort();
            Hashtable<String, Object> sandbox = new Hashtable<>();
            sandbox.put("host", "127.0.0.1");
            sandbox.put("billomat.port", simPort);
            sandbox.put("sevdesk.port", -1);
            sandbox.put("zenvoices.port", -1);
            sandbox.put("onecockpit.port", -1);
            configAdmin.getConfiguration("io.ledgerbridge.sandbox", "?").update(sandbox);
            EnumSet<FeaturesService.Option> quiet = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
            features.installFeature("ledgerbridge-sandbox", quiet);
            features.installFeature("ledgerbridge-connector-billomat", quiet);
        }
        Await.until(
                "the Billomat simulator answers",
                60,
                () -> sim("GET", "/__sim/state", null).status() == 200);
    }

    @Test
    public void anExportAccountSendsInvoicesCompletedIntoBillomatAndMarksThemPaid() throws Exception {
        String connection = create("{\"name\":\"Billomat export IT\",\"role\":\"export\",\"active\":true,"
                + "\"target\":\"INVOICE\",\"triggers\":\"FINALIZED\"," + account() + "}");
        // the connection's component activates shortly after the configuration is stored
        Await.until("the connection test succeeds", 30, () -> demo.post("/connections/" + connection + "/test", null)
                .json()
                .path("ok")
                .asBoolean());
        Api.Response test = demo.post("/connections/" + connection + "/test", null);
        assertTrue(test.body(), test.json().path("message").asText().contains("Connected to the Billomat account"));

        List<String> numbers = List.of("RE-IT-2026-0101", "RE-IT-2026-0102", "RE-IT-2026-0103");
        List<String> ids = new ArrayList<>();
        for (String number : numbers) {
            Api.Response created = demo.post("/documents", Payloads.invoice("it-billomat-" + number, number));
            assertEquals(created.body(), 201, created.status());
            String id = created.json().get("id").asText();
            assertEquals(200, demo.post("/documents/" + id + "/finalize", null).status());
            ids.add(id);
        }
        String statusQuery = "/transfers/status?documentIds=" + String.join(",", ids);
        Await.until("the three invoices are delivered", 90, () -> ids.stream().allMatch(id -> "DELIVERED"
                .equals(demo.get(statusQuery)
                        .json()
                        .at("/documents/" + id + "/" + connection)
                        .asText())));

        List<JsonNode> invoices = simInvoices(numbers);
        assertEquals(3, invoices.size());
        for (JsonNode invoice : invoices) {
            assertTrue(
                    invoice.toString(),
                    Set.of("OPEN", "OVERDUE").contains(invoice.path("status").asText()));
            assertEquals("119.00", invoice.path("total_gross").asText());
        }
        assertEquals(
                "one client, matched by its e-mail for the later invoices",
                1,
                Api.JSON
                        .readTree(sim("GET", "/__sim/state/clients", null).body())
                        .size());
        assertEquals("{}", sim("GET", "/__sim/duplicates", null).body().replaceAll("\\s", ""));

        assertEquals(
                200, demo.post("/documents/" + ids.get(0) + "/mark-paid", null).status());
        Await.until("the payment marks the first invoice paid", 90, () -> "PAID"
                .equals(simInvoices(List.of(numbers.get(0)))
                        .get(0)
                        .path("status")
                        .asText()));
        assertEquals(
                1,
                Api.JSON
                        .readTree(sim("GET", "/__sim/state/invoice-payments", null)
                                .body())
                        .size());
    }

    @Test
    public void anImportAccountBringsBillomatInvoicesIntoTheClientTenant() throws Exception {
        features.installFeature(
                "ledgerbridge-connector-webhook", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        CountingEndpoint onward = new CountingEndpoint(4);
        String[] webhook = {null};
        Await.until("a second connection for the client takes imported documents onward", 60, () -> {
            Api.Response r = demo.post(
                    "/connections",
                    "{\"connectorId\":\"webhook\",\"settings\":{\"tenant\":"
                            + "\"demo-hundeschule\",\"name\":\"Onward\",\"active\":true,\"url\":\"" + onward.url()
                            + "\"}}");
            webhook[0] = r.status() == 201 ? r.json().get("id").asText() : null;
            return webhook[0] != null;
        });
        String invoiceId = seedCompletedInvoice("EXT-5001");
        create("{\"name\":\"Billomat import IT\",\"role\":\"import\",\"active\":true,\"importIntervalMinutes\":\"1\","
                + "\"importDocumentType\":\"SALES_INVOICE\",\"importTags\":\"billomat\","
                + "\"importTenant\":\"demo-hundeschule\"," + account() + "}");
        Await.until("the Billomat invoice is imported", 120, () -> imported("EXT-5001") != null);
        JsonNode document = imported("EXT-5001");
        assertEquals("demo-hundeschule", document.path("tenantId").asText());
        assertEquals("billomat:sandbox:" + invoiceId, document.path("sourceId").asText());
        assertEquals("OUTGOING", document.path("direction").asText());
        assertEquals(
                0,
                new BigDecimal("59.50").compareTo(document.at("/totals/gross").decimalValue()));
        assertEquals("Import GmbH", document.at("/party/companyName").asText());
        assertTrue(document.toString(), document.path("tags").toString().contains("billomat"));
        String documentId = document.path("id").asText();
        Await.until("the imported invoice is delivered onward", 60, () -> "DELIVERED"
                .equals(demo.get("/transfers/status?documentIds=" + documentId)
                        .json()
                        .at("/documents/" + documentId)
                        .path(webhook[0])
                        .asText()));
        assertTrue("the simulator's other invoices may come along", onward.distinct() >= 1);
        assertEquals(0, onward.duplicates());
        onward.close();
    }

    private String account() {
        return "\"billomatId\":\"sandbox\",\"apiKey\":\"sandbox-api-key\",\"baseUrl\":\"http://127.0.0.1:" + simPort
                + "/{billomatId}/api\"";
    }

    /** Creates a connection, waiting (bounded) until the connector is installed. */
    private String create(String settings) throws InterruptedException {
        String body = "{\"connectorId\":\"billomat\",\"settings\":" + settings + "}";
        String[] id = {null};
        Await.until("the Billomat connector accepts a connection", 60, () -> {
            Api.Response created = demo.post("/connections", body);
            assertTrue(created.body(), created.status() == 201 || created.status() == 404);
            id[0] = created.status() == 201 ? created.json().get("id").asText() : null;
            return id[0] != null;
        });
        return id[0];
    }

    private JsonNode imported(String number) {
        for (JsonNode item : demo.get("/documents?tenantId=demo-hundeschule&limit=500")
                .json()
                .path("items")) {
            if (number.equals(item.path("number").asText())) {
                return item;
            }
        }
        return null;
    }

    private List<JsonNode> simInvoices(List<String> numbers) {
        List<JsonNode> found = new ArrayList<>();
        try {
            for (JsonNode invoice :
                    Api.JSON.readTree(sim("GET", "/__sim/state/invoices", null).body())) {
                if (numbers.contains(invoice.path("invoice_number").asText())) {
                    found.add(invoice);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return found;
    }

    /** A Billomat user's own invoice: a client and a completed invoice of 50.00 + 19 %, made through the API. */
    private String seedCompletedInvoice(String number) throws IOException {
        String api = "/sandbox/api";
        String client = Api.JSON
                .readTree(sim(
                                "POST",
                                api + "/clients",
                                "{\"client\":{\"name\":\"Import GmbH\","
                                        + "\"email\":\"buchhaltung@import.example\",\"country_code\":\"DE\"}}")
                        .body())
                .at("/client/id")
                .asText();
        String invoice = Api.JSON
                .readTree(sim(
                                "POST",
                                api + "/invoices",
                                "{\"invoice\":{\"client_id\":\"" + client
                                        + "\",\"number_pre\":\"EXT-\",\"number\":" + number.substring(4)
                                        + ",\"date\":\"2026-11-05\","
                                        + "\"invoice-items\":{\"invoice-item\":{\"title\":\"Seminar\",\"quantity\":\"1\",\"unit_price\":"
                                        + "\"50.00\",\"tax_rate\":\"19\"}}}}")
                        .body())
                .at("/invoice/id")
                .asText();
        assertEquals(
                200,
                sim("PUT", api + "/invoices/" + invoice + "/complete", "{}").status());
        return invoice;
    }

    /** A call to the simulator: its control API, or its Billomat API with the sandbox key, in JSON. */
    private static Api.Response sim(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simPort + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-BillomatApiKey", "sandbox-api-key")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Api.Response(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
