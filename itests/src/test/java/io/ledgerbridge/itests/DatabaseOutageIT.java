package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.Test;

/**
 * PostgreSQL unreachable for 30 s while an ERP submits documents and the engine delivers them: a TCP proxy between
 * Karaf and the server is cut (open connections closed, new ones refused). Writes and reads answer 503 with
 * Retry-After and the API's JSON error, nothing answers 500; once the proxy is back the platform recovers by itself
 * and every accepted document reaches the target once. Needs LEDGERBRIDGE_TEST_PG_URL (started by test.sh).
 */
public class DatabaseOutageIT {
    private static final int OUTAGE_SECONDS = 30;

    @Test
    public void theApiAnswers503WhileTheDatabaseIsAwayAndNothingIsLostOrSentTwice() throws Exception {
        String url = System.getenv("LEDGERBRIDGE_TEST_PG_URL");
        if ("true".equals(System.getenv("CI")) && (url == null || url.isBlank())) {
            throw new AssertionError("CI must provide PostgreSQL: set LEDGERBRIDGE_TEST_PG_URL");
        }
        assumeTrue("no PostgreSQL configured", url != null && !url.isBlank());
        URI server = URI.create(url.substring("jdbc:".length()));
        String database = createDatabase(url);

        try (TcpProxy proxy = new TcpProxy(server.getHost(), server.getPort());
                KarafProcess karaf = KarafProcess.unpack("db-outage");
                CountingEndpoint endpoint = new CountingEndpoint(8)) {
            startOn(karaf, "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database);
            Api demo = karaf.api("demo", "demo");
            String connection = webhookConnection(demo, endpoint);
            try (SteadyIntake intake = new SteadyIntake(demo, "outage-", 200)) {
                Await.until("documents delivered before the outage", 60, () -> endpoint.distinct() >= 5);
                proxy.cut();
                Await.holds(
                        "nothing answers 500 while the database is away", OUTAGE_SECONDS, () -> !intake.answered(500));
                assertTrue("writes refused with 503: " + intake.seen(), intake.count("create", 503) > 0);
                assertTrue("reads refused with 503: " + intake.seen(), intake.count("read", 503) > 0);
                assertRefusalIsA503WithRetryAfter(intake.lastRefusal);
                int storedBefore = intake.count("create", 201);
                proxy.restore();
                long restoredAt = System.nanoTime();
                Await.until("writes stored again", 60, () -> intake.count("create", 201) > storedBefore);
                long writableAfterMillis = (System.nanoTime() - restoredAt) / 1_000_000;
                intake.close();

                resubmitRefused(intake);
                Await.until(
                        "every finalized document delivered", 90, () -> endpoint.distinct() >= intake.finalized.size());
                System.out.printf(
                        "DatabaseOutageIT: outage %d s; statuses %s; writable %d ms and all %d delivered %d ms after"
                                + " the database came back; duplicates %d%n",
                        OUTAGE_SECONDS,
                        intake.seen(),
                        writableAfterMillis,
                        intake.finalized.size(),
                        (System.nanoTime() - restoredAt) / 1_000_000,
                        endpoint.duplicates());
                assertFalse("no 500: " + intake.seen(), intake.answered(500));
                assertEquals(intake.finalized.size(), endpoint.distinct());
                assertEquals("duplicates at the target", 0, endpoint.duplicates());
                assertAllDelivered(demo, intake.finalized, connection);
            }
        }
    }

    /** Starts the distribution on the PostgreSQL database at the URL, with short leases and retry delays. */
    private static void startOn(KarafProcess karaf, String jdbcUrl) throws Exception {
        String cfg = "etc/org.ops4j.datasource-ledgerbridge.cfg";
        karaf.setProperty(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
        karaf.setProperty(cfg, "url", jdbcUrl);
        karaf.setProperty(cfg, "user", "app");
        karaf.setProperty(cfg, "password", "app");
        // attempts whose outcome could not be recorded come back after their lease: keep it short here
        karaf.setProperty("etc/io.ledgerbridge.delivery.cfg", "leaseSeconds", "5");
        karaf.setProperty("etc/io.ledgerbridge.delivery.cfg", "backoffBaseMillis", "200");
        karaf.setProperty("etc/io.ledgerbridge.delivery.cfg", "backoffCapSeconds", "2");
        CrashIT.enableBootFeatures(karaf.home(), "ledgerbridge-connector-webhook");
        karaf.start();
    }

    private static String webhookConnection(Api demo, CountingEndpoint endpoint) {
        Api.Response created = demo.post(
                "/connections",
                "{\"connectorId\":\"webhook\",\"settings\":{\"name\":\"Outage\",\"active\":true," + "\"url\":\""
                        + endpoint.url() + "\",\"requestsPerSecond\":100}}");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    private static String createDatabase(String url) throws Exception {
        String database =
                "lb_outage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        return database;
    }

    private static void assertRefusalIsA503WithRetryAfter(Api.Response refusal) {
        assertEquals(refusal.body(), 503, refusal.status());
        assertEquals("5", refusal.header("Retry-After"));
        JsonNode error = refusal.json().get("error");
        assertEquals(503, error.get("status").asInt());
        String message = error.get("message").asText();
        assertTrue(message, message.contains("cannot reach its database") && message.contains("nothing was stored"));
    }

    /** What the ERP does once the platform answers again: sends the refused calls again; each succeeds now. */
    private static void resubmitRefused(SteadyIntake intake) {
        List<String> creates = List.copyOf(intake.refusedCreates);
        List<String> finalizes = List.copyOf(intake.refusedFinalizes);
        intake.refusedCreates.clear();
        intake.refusedFinalizes.clear();
        int repeatsBefore = intake.count("create", 200);
        creates.forEach(sourceId -> assertTrue("stored when sent again: " + sourceId, intake.create(sourceId)));
        finalizes.forEach(id -> assertTrue("finalized when sent again: " + id, intake.finalize(id)));
        System.out.printf(
                "DatabaseOutageIT: %d refused create(s) sent again (%d of them had been stored after all) and %d"
                        + " refused finalize(s)%n",
                creates.size(), intake.count("create", 200) - repeatsBefore, finalizes.size());
    }

    private static void assertAllDelivered(Api demo, List<String> documents, String connection) {
        for (List<String> page : pages(documents)) {
            JsonNode statuses = demo.get("/transfers/status?documentIds=" + String.join(",", page))
                    .json()
                    .get("documents");
            page.forEach(id -> assertEquals(
                    id, "DELIVERED", statuses.path(id).path(connection).asText()));
        }
    }

    private static List<List<String>> pages(List<String> ids) {
        int size = 50;
        return java.util.stream.IntStream.range(0, (ids.size() + size - 1) / size)
                .mapToObj(i -> ids.subList(i * size, Math.min(ids.size(), (i + 1) * size)))
                .toList();
    }
}
