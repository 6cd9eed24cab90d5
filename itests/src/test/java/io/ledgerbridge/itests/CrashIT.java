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
 * The crash test: a backfill of 10,000 documents to a counting endpoint, and invoices whose creates sevdesk and
 * Billomat (simulators in a process of their own, so their counts survive) accepted but did not answer yet; the
 * Karaf process killed with SIGKILL in that moment, restarted: every document delivered, 0 duplicate creates at the
 * endpoint, and every invoice exactly once in sevdesk and Billomat, found by its number after the uncertain attempt.
 */
public class CrashIT {
    private static final int DOCUMENTS = Integer.getInteger("ledgerbridge.crash.documents", 10_000);

    @Test
    public void aKilledNodeLosesNothingAndDuplicatesNothing() throws Exception {
        try (KarafProcess karaf = KarafProcess.unpack("crash");
                SandboxProcess sandbox = SandboxProcess.start(karaf.home());
                CountingEndpoint endpoint = new CountingEndpoint(16)) {
            karaf.setProperty("etc/io.ledgerbridge.delivery.cfg", "leaseSeconds", "5");
            enableBootFeatures(
                    karaf.home(),
                    "ledgerbridge-connector-webhook",
                    "ledgerbridge-connector-sevdesk",
                    "ledgerbridge-connector-billomat");
            karaf.start();
            Api demo = karaf.api("demo", "demo");
            long t0 = System.nanoTime();
            submitFinalized(demo, DOCUMENTS);
            System.out.printf(
                    "CrashIT: %d documents submitted and finalized in %d ms%n",
                    DOCUMENTS, (System.nanoTime() - t0) / 1_000_000);
            String job = startBackfill(demo, endpoint);

            long t1 = System.nanoTime();
            Await.until("a quarter delivered before the crash", 600, () -> endpoint.distinct() >= DOCUMENTS / 4);
            CrashWindow window = CrashWindow.open(demo, sandbox);
            window.awaitStalled();
            System.out.printf(
                    "CrashIT: %d delivered in %d ms, sevdesk and Billomat hold %s, killing Karaf%n",
                    endpoint.distinct(), (System.nanoTime() - t1) / 1_000_000, CrashWindow.NUMBERS);
            karaf.kill();
            int beforeRestart = endpoint.distinct();
            assertTrue("the crash happened mid-run (" + beforeRestart + ")", beforeRestart < DOCUMENTS);

            karaf.start();
            Await.until("the backfill finished after the restart", 600, () -> {
                JsonNode j = demo.get("/backfills/" + job).json();
                return "DONE".equals(j.path("status").asText());
            });
            System.out.printf("CrashIT: backfill done %d ms after it started%n", (System.nanoTime() - t1) / 1_000_000);
            window.assertDeliveredExactlyOnce();
            JsonNode done = demo.get("/backfills/" + job).json();
            assertEquals(done.toString(), DOCUMENTS, done.get("delivered").asInt());
            Await.until(
                    "the invoices of the crash window reached the endpoint too",
                    60,
                    () -> endpoint.distinct() == DOCUMENTS + CrashWindow.NUMBERS.size());
            assertEquals("duplicate creates at the endpoint", 0, endpoint.duplicates());
            long dbBytes = Files.size(karaf.home().resolve("data/ledgerbridge/ledgerbridge.mv.db"));
            assertTrue("the H2 file stays compact (" + dbBytes / 1_000_000 + " MB)", dbBytes < 1_000_000_000L);
        }
    }

    /**
     * A webhook connection and a backfill of every document to it, at a rate that keeps the backfill running
     * while the crash window is staged.
     */
    private static String startBackfill(Api demo, CountingEndpoint endpoint) {
        String connection = demo.post(
                        "/connections",
                        "{\"connectorId\":\"webhook\",\"settings\":{\"name\":\"Crash\","
                                + "\"active\":true,\"url\":\"" + endpoint.url()
                                + "\",\"requestsPerSecond\":250,\"concurrency\":8}}")
                .json()
                .get("id")
                .asText();
        JsonNode plan = demo.post("/backfills?dryRun=true", "{\"connectionId\":\"" + connection + "\"}")
                .json();
        assertEquals(DOCUMENTS, plan.get("total").asInt());
        return demo.post("/backfills", "{\"connectionId\":\"" + connection + "\"}")
                .json()
                .get("id")
                .asText();
    }

    /** Adds features to the boot features, after ledgerbridge-core. */
    static void enableBootFeatures(Path home, String... features) throws Exception {
        Path cfg = home.resolve("etc/org.apache.karaf.features.cfg");
        String added = String.join(", \\\\\n    ", features);
        String text = Files.readString(cfg)
                .replaceFirst("(    ledgerbridge-core/[^,\\\\\\n]*)\\n", "$1, \\\\\n    " + added + "\n");
        assertTrue("boot features added", text.contains("    " + features[features.length - 1] + "\n"));
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
