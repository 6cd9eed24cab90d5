package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * The transfer calls of the web UI in the distribution, each with its tenant scoping: a document's ledger and status
 * columns, retrying one failed transfer and all of a connection, the connection test, and backfills (dry run,
 * start, pause, resume, cancel, never twice).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TransfersApiIT {
    @Inject
    FeaturesService features;

    private Api demo;
    private Api other;

    @Configuration
    public Option[] config() {
        return Distribution.options();
    }

    @Before
    public void setUp() throws Exception {
        demo = Distribution.api("demo");
        other = Distribution.api("other");
        features.installFeature("ledgerbridge-connector-webhook");
        Await.until(
                "webhook connector ready",
                60,
                () -> demo.get("/store/connectors/webhook/form").status() == 200);
    }

    @Test
    public void failedTransfersAreShownInTheLedgerAndRetriedOnlyByTheirTenant() throws Exception {
        try (CountingEndpoint endpoint = new CountingEndpoint(4)) {
            String connection = webhook("Warehouse", endpoint.url());
            assertEquals(
                    404,
                    other.post("/connections/" + connection + "/test", null).status());
            assertTrue(demo.post("/connections/" + connection + "/test", null)
                    .json()
                    .get("ok")
                    .asBoolean());

            endpoint.rejectWith(422);
            String first = demo.finalizedInvoice("ledger-1");
            awaitStatus(first, connection, "FAILED");
            JsonNode transfer =
                    demo.get("/transfers?documentId=" + first).json().at("/items/0");
            assertEquals("VALIDATION", transfer.get("lastKind").asText());
            assertEquals("FAILED", transfer.at("/ledger/0/outcome").asText());
            assertEquals(
                    "other partners see no transfer",
                    0,
                    other.get("/transfers?documentId=" + first)
                            .json()
                            .get("items")
                            .size());
            assertEquals(
                    0,
                    other.get("/transfers/status?documentIds=" + first)
                            .json()
                            .get("documents")
                            .size());
            String transferId = transfer.get("id").asText();
            assertEquals(
                    404, other.post("/transfers/" + transferId + "/retry", null).status());
            assertEquals(
                    404,
                    other.post("/connections/" + connection + "/retry-failed", null)
                            .status());
            assertEquals("FAILED", status(first, connection));

            endpoint.rejectWith(0);
            assertEquals(
                    200, demo.post("/transfers/" + transferId + "/retry", null).status());
            awaitStatus(first, connection, "DELIVERED");

            endpoint.rejectWith(422);
            String second = demo.finalizedInvoice("ledger-2");
            awaitStatus(second, connection, "FAILED");
            endpoint.rejectWith(0);
            assertEquals(
                    1,
                    demo.post("/connections/" + connection + "/retry-failed", null)
                            .json()
                            .get("requeued")
                            .asInt());
            awaitStatus(second, connection, "DELIVERED");
            assertEquals(2, endpoint.distinct());
            assertEquals(0, endpoint.duplicates());
        }
    }

    @Test
    public void backfillsArePlannedStartedPausedResumedAndCancelledWithinTheirTenant() throws Exception {
        try (CountingEndpoint endpoint = new CountingEndpoint(4)) {
            String a = demo.finalizedInvoice("backfill-a");
            String b = demo.finalizedInvoice("backfill-b");
            String connection = webhook("Archive", endpoint.url());
            String selection =
                    "{\"connectionId\":\"" + connection + "\",\"documentIds\":[\"" + a + "\",\"" + b + "\"]}";
            assertEquals(404, other.post("/backfills?dryRun=true", selection).status());
            JsonNode plan = demo.post("/backfills?dryRun=true", selection).json();
            assertEquals("PLANNED", plan.get("status").asText());
            assertEquals(2, plan.get("total").asInt());
            assertTrue(plan.get("etaSeconds").asLong() >= 1);

            endpoint.rejectWith(503); // nothing is delivered while the job is paused and resumed
            Api.Response started = demo.post("/backfills", selection);
            assertEquals(started.body(), 201, started.status());
            String job = started.json().get("id").asText();
            assertEquals(404, other.get("/backfills/" + job).status());
            assertEquals(404, other.post("/backfills/" + job + "/pause", null).status());
            assertEquals(0, other.get("/backfills").json().get("items").size());
            assertEquals(
                    "PAUSED",
                    demo.post("/backfills/" + job + "/pause", null)
                            .json()
                            .get("status")
                            .asText());
            assertEquals(
                    "PAUSED", demo.get("/backfills/" + job).json().get("status").asText());
            assertEquals(
                    "RUNNING",
                    demo.post("/backfills/" + job + "/resume", null)
                            .json()
                            .get("status")
                            .asText());
            endpoint.rejectWith(0);
            Await.until("backfill done", 120, () -> demo.get("/backfills/" + job)
                    .json()
                    .get("status")
                    .asText()
                    .equals("DONE"));
            assertEquals(
                    2, demo.get("/backfills/" + job).json().get("delivered").asInt());
            assertEquals(
                    "a document is never sent twice",
                    0,
                    demo.post("/backfills?dryRun=true", selection)
                            .json()
                            .get("total")
                            .asInt());

            String unreachable = webhook("Unreachable", "http://127.0.0.1:" + Distribution.freePort() + "/hook");
            String toUnreachable = selection.replace(connection, unreachable);
            String cancelled =
                    demo.post("/backfills", toUnreachable).json().get("id").asText();
            JsonNode afterCancel =
                    demo.post("/backfills/" + cancelled + "/cancel", null).json();
            assertEquals("CANCELLED", afterCancel.get("status").asText());
            Await.until(
                    "every transfer of the cancelled job cancelled, also one that was in flight",
                    60,
                    () -> demo.get("/backfills/" + cancelled)
                                    .json()
                                    .get("skipped")
                                    .asInt()
                            == 2);
            assertEquals(
                    0, demo.get("/backfills/" + cancelled).json().get("pending").asInt());
        }
    }

    private String webhook(String name, String url) {
        Api.Response created = demo.post(
                "/connections",
                "{\"connectorId\":\"webhook\",\"settings\":{\"name\":\"" + name + "\",\"active\":true,\"url\":\"" + url
                        + "\",\"requestsPerSecond\":50}}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    private String status(String documentId, String connectionId) {
        return demo.get("/transfers/status?documentIds=" + documentId)
                .json()
                .at("/documents/" + documentId)
                .path(connectionId)
                .asText("NONE");
    }

    private void awaitStatus(String documentId, String connectionId, String expected) throws InterruptedException {
        Await.until(documentId + " " + expected, 60, () -> expected.equals(status(documentId, connectionId)));
    }
}
