package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The crash window at sevdesk and Billomat, in a {@link SandboxProcess}: the simulators accept the creates of a few
 * invoices (the invoice exists and is counted) and hold the answers back, so that Karaf can be killed between "the
 * target accepted" and "the outcome was committed". After the restart each invoice must be there exactly once,
 * found by its number (the lookup in the simulator's log), with the interrupted attempt in the ledger.
 */
final class CrashWindow {
    /** As many invoices as each connector sends at once (its concurrency cap, 2), so that all of them stall. */
    static final List<String> NUMBERS = List.of("RE-W1", "RE-W2");

    private static final String SANDBOX_TOKEN = "0123456789abcdef0123456789abcdef";
    private static final String STALL = "{\"type\":\"accept-then-stall\",\"holdMs\":120000,\"method\":\"POST\","
            + "\"count\":" + NUMBERS.size() + ",";

    private final Api demo;
    private final SandboxProcess sandbox;
    private final String sevdesk;
    private final String billomat;
    private final List<String> documents = new ArrayList<>();

    private CrashWindow(Api demo, SandboxProcess sandbox, String sevdesk, String billomat) {
        this.demo = demo;
        this.sandbox = sandbox;
        this.sevdesk = sevdesk;
        this.billomat = billomat;
    }

    /** Arms the stalls, connects sevdesk and Billomat for the demo partner and finalizes the invoices. */
    static CrashWindow open(Api demo, SandboxProcess sandbox) throws InterruptedException {
        assertEquals(
                201,
                sandbox.sevdesk()
                        .send("POST", "/__sim/faults", STALL + "\"path\":\"/Invoice/Factory/saveInvoice\"}")
                        .statusCode());
        assertEquals(
                201,
                sandbox.billomat()
                        .send("POST", "/__sim/faults", STALL + "\"path\":\"/invoices\",\"exact\":true}")
                        .statusCode());
        String sevdesk = connect(
                demo,
                "sevdesk",
                "\"name\":\"sevdesk crash\",\"apiToken\":\"" + SANDBOX_TOKEN + "\",\"baseUrl\":\""
                        + sandbox.sevdesk().root() + "/api/v1\"");
        String billomat = connect(
                demo,
                "billomat",
                "\"name\":\"Billomat crash\",\"role\":\"export\",\"target\":\"INVOICE\",\"billomatId\":\"sandbox\","
                        + "\"apiKey\":\"sandbox-api-key\",\"baseUrl\":\""
                        + sandbox.billomat().root()
                        + "/{billomatId}/api\"");
        CrashWindow window = new CrashWindow(demo, sandbox, sevdesk, billomat);
        for (String number : NUMBERS) {
            String id = demo.post("/documents", Payloads.invoice("crash-window-" + number, number))
                    .json()
                    .get("id")
                    .asText();
            assertEquals(200, demo.post("/documents/" + id + "/finalize", null).status());
            window.documents.add(id);
        }
        return window;
    }

    /** Waits until both simulators performed every create; their answers are still held back. */
    void awaitStalled() throws InterruptedException {
        Await.until("sevdesk and Billomat accepted " + NUMBERS + " and hold the answers", 60, () -> NUMBERS.stream()
                .allMatch(n -> creates(sandbox.sevdesk(), "invoiceNumber", n) == 1
                        && creates(sandbox.billomat(), "invoice_number", n) == 1));
    }

    /** After the restart: delivered once each, found by number, the interrupted attempt in the ledger. */
    void assertDeliveredExactlyOnce() throws InterruptedException {
        for (String id : documents) {
            Await.until("invoice " + id + " delivered to sevdesk and Billomat", 180, () -> delivered(id));
        }
        for (String number : NUMBERS) {
            assertEquals("sevdesk invoices " + number, 1, creates(sandbox.sevdesk(), "invoiceNumber", number));
            assertEquals("Billomat invoices " + number, 1, creates(sandbox.billomat(), "invoice_number", number));
            assertTrue(
                    "sevdesk looked " + number + " up",
                    lookedUp(sandbox.sevdesk(), "/Invoice", "invoiceNumber=", number));
            assertTrue(
                    "Billomat looked " + number + " up",
                    lookedUp(sandbox.billomat(), "/invoices", "invoice_number=", number));
        }
        assertEquals("{}", sandbox.sevdesk().json("/__sim/duplicates").toString());
        assertEquals("{}", sandbox.billomat().json("/__sim/duplicates").toString());
        for (String id : documents) {
            for (String connection : List.of(sevdesk, billomat)) {
                List<String> ledger = ledger(id, connection);
                assertTrue(id + " over " + connection + ": " + ledger, ledger.contains("INTERRUPTED"));
                assertEquals(id + " over " + connection + ": " + ledger, "DELIVERED", ledger.get(ledger.size() - 1));
            }
        }
    }

    private boolean delivered(String id) {
        JsonNode columns =
                demo.get("/transfers/status?documentIds=" + id).json().at("/documents/" + id);
        for (String connection : List.of(sevdesk, billomat)) {
            String status = columns.path(connection).asText("NONE");
            assertFalse(
                    id + " " + status + ": "
                            + demo.get("/transfers?documentId=" + id).body(),
                    status.equals("FAILED") || status.equals("SKIPPED"));
            if (!status.equals("DELIVERED")) {
                return false;
            }
        }
        return true;
    }

    private List<String> ledger(String documentId, String connection) {
        for (JsonNode transfer :
                demo.get("/transfers?documentId=" + documentId).json().path("items")) {
            if (connection.equals(transfer.path("connectionId").asText())) {
                return transfer.path("ledger").findValuesAsText("outcome");
            }
        }
        throw new AssertionError("no transfer of " + documentId + " over " + connection);
    }

    private static int creates(SandboxSimulator simulator, String kind, String number) {
        return simulator.json("/__sim/creates").path(kind).path(number).asInt(0);
    }

    /** Whether the simulator's log has a GET of the list with the natural key as filter. */
    private static boolean lookedUp(SandboxSimulator simulator, String list, String filter, String number) {
        for (JsonNode request : simulator.json("/__sim/requests")) {
            if (request.path("method").asText().equals("GET")
                    && request.path("path").asText().endsWith(list)
                    && request.path("query").asText().contains(filter + number)) {
                return true;
            }
        }
        return false;
    }

    /** Creates an active export connection of the demo partner once the connector is installed. */
    private static String connect(Api demo, String connector, String settings) throws InterruptedException {
        String body = "{\"connectorId\":\"" + connector + "\",\"settings\":{\"tenant\":\"demo\",\"active\":true,"
                + "\"triggers\":\"FINALIZED\"," + settings + "}}";
        String[] id = {null};
        Await.until("the " + connector + " connector accepts a connection", 60, () -> {
            Api.Response created = demo.post("/connections", body);
            assertTrue(created.body(), created.status() == 201 || created.status() == 404);
            id[0] = created.status() == 201 ? created.json().get("id").asText() : null;
            return id[0] != null;
        });
        return id[0];
    }
}
