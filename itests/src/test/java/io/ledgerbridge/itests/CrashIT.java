package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Test;

/**
 * The crash test: a backfill of 10,000 documents to a counting endpoint, the Karaf process killed with SIGKILL in
 * the middle, restarted: every document delivered, 0 duplicate creates at the endpoint.
 */
public class CrashIT {
    private static final int DOCUMENTS = Integer.getInteger("ledgerbridge.crash.documents", 10_000);

    @Test
    public void aKilledNodeLosesNothingAndDuplicatesNothing() throws Exception {
        try (KarafProcess karaf = KarafProcess.unpack("crash");
                CountingEndpoint endpoint = new CountingEndpoint(16)) {
            karaf.setProperty("etc/io.ledgerbridge.delivery.cfg", "leaseSeconds", "5");
            enableBootFeature(karaf.home(), "ledgerbridge-connector-webhook");
            karaf.start();
            Api demo = karaf.api("demo", "demo");
            long t0 = System.nanoTime();
            submitFinalized(demo, DOCUMENTS);
            System.out.printf(
                    "CrashIT: %d documents submitted and finalized in %d ms%n",
                    DOCUMENTS, (System.nanoTime() - t0) / 1_000_000);

            String connection = demo.post(
                            "/connections",
                            "{\"connectorId\":\"webhook\",\"settings\":{\"name\":\"Crash\","
                                    + "\"active\":true,\"url\":\"" + endpoint.url()
                                    + "\",\"requestsPerSecond\":5000,\"concurrency\":8}}")
                    .json()
                    .get("id")
                    .asText();
            JsonNode plan = demo.post("/backfills?dryRun=true", "{\"connectionId\":\"" + connection + "\"}")
                    .json();
            assertEquals(DOCUMENTS, plan.get("total").asInt());
            String job = demo.post("/backfills", "{\"connectionId\":\"" + connection + "\"}")
                    .json()
                    .get("id")
                    .asText();

            long t1 = System.nanoTime();
            Await.until("a third delivered before the crash", 300, () -> endpoint.distinct() >= DOCUMENTS / 3);
            System.out.printf(
                    "CrashIT: %d delivered in %d ms, killing Karaf%n",
                    endpoint.distinct(), (System.nanoTime() - t1) / 1_000_000);
            karaf.kill();
            int beforeRestart = endpoint.distinct();
            assertTrue("the crash happened mid-run (" + beforeRestart + ")", beforeRestart < DOCUMENTS);

            karaf.start();
            Await.until("the backfill finished after the restart", 600, () -> {
                JsonNode j = demo.get("/backfills/" + job).json();
                return "DONE".equals(j.path("status").asText());
            });
            System.out.printf("CrashIT: backfill done %d ms after the kill%n", (System.nanoTime() - t1) / 1_000_000);
            JsonNode done = demo.get("/backfills/" + job).json();
            assertEquals(done.toString(), DOCUMENTS, done.get("delivered").asInt());
            assertEquals(DOCUMENTS, endpoint.distinct());
            assertEquals("duplicate creates at the endpoint", 0, endpoint.duplicates());
            long dbBytes = Files.size(karaf.home().resolve("data/ledgerbridge/ledgerbridge.mv.db"));
            assertTrue("the H2 file stays compact (" + dbBytes / 1_000_000 + " MB)", dbBytes < 1_000_000_000L);
        }
    }

    static void enableBootFeature(Path home, String feature) throws Exception {
        Path cfg = home.resolve("etc/org.apache.karaf.features.cfg");
        String text = Files.readString(cfg)
                .replaceFirst("(    ledgerbridge-core/[^,\\\\\\n]*)\\n", "$1, \\\\\n    " + feature + "\n");
        assertTrue("boot feature added", text.contains("    " + feature + "\n"));
        Files.writeString(cfg, text);
    }

    static void submitFinalized(Api api, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int slice = t;
                work.add(pool.submit(() -> {
                    for (int i = slice; i < count; i += 4) {
                        String id = api.post("/documents", Payloads.invoice("crash-" + i, "RE-C" + i))
                                .json()
                                .get("id")
                                .asText();
                        assertEquals(
                                200,
                                api.post("/documents/" + id + "/finalize", null).status());
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
