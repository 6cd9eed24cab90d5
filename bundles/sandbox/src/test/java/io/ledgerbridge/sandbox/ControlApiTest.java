package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared control API (faults, latency, log, state), exercised through the sevdesk simulator. */
class ControlApiTest {

    private static SevdeskSimulator sim;

    @BeforeAll
    static void start() {
        sim = SevdeskSimulator.start(0);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void reset() {
        sim.control().reset();
    }

    private Http api() {
        return Http.to(sim.baseUrl()).header("Authorization", SevdeskSimulator.SANDBOX_TOKEN);
    }

    @Test
    void statusFaultAnswersInTheServiceFormatForNCallsOfAPrefix() {
        sim.control().inject(Fault.status(503, "maintenance").onPath("/Contact").times(2));
        Http.Reply first = api().get("/Contact?limit=1");
        assertEquals(503, first.status());
        assertEquals("maintenance", first.at("/error/message").asText());
        assertEquals(200, api().get("/SevUser").status());
        assertEquals(503, api().get("/Contact/Factory/getNextCustomerNumber").status());
        assertEquals(200, api().get("/Contact").status());
        assertTrue(sim.control().faults().isEmpty());
    }

    @Test
    void exactPathAndMethodRestrictFaults() {
        sim.control().inject(Fault.status(500).onExactPath("/api/v1/Contact").onMethod("POST"));
        assertEquals(200, api().get("/Contact").status());
        assertEquals(200, api().get("/Contact/Factory/getNextCustomerNumber").status());
        assertEquals(500, api().post("/Contact", "{}").status());
    }

    @Test
    void faultsCanBeInjectedListedAndClearedOverHttp() {
        Http control = Http.to(sim.rootUrl());
        Http.Reply added = control.post("/__sim/fail", "{\"path\":\"/SevUser\",\"status\":429,\"count\":1}");
        assertEquals(201, added.status(), added.text());
        assertEquals(1, control.get("/__sim/faults").json().size());
        assertEquals(429, api().get("/SevUser").status());
        assertEquals(200, api().get("/SevUser").status());
        control.post("/__sim/faults", "{\"type\":\"status\",\"status\":502,\"always\":true}");
        assertEquals(502, api().get("/SevUser").status());
        assertEquals(502, api().get("/Contact").status());
        assertEquals(200, control.delete("/__sim/faults").status());
        assertEquals(200, api().get("/SevUser").status());
        assertEquals(
                400, control.post("/__sim/faults", "{\"type\":\"explode\"}").status());
        assertEquals(400, control.post("/__sim/faults", "{\"type\":\"delay\"}").status());
        assertEquals(400, control.post("/__sim/faults", "{\"status\":42}").status());
        assertEquals(400, control.post("/__sim/faults", "{oops").status());
    }

    @Test
    void dropClosesTheConnectionWithoutResponse() {
        sim.control().inject(Fault.drop().onPath("/Contact"));
        Http client = api();
        assertThrows(IOException.class, () -> client.trySend("POST", "/Contact", "{}".getBytes(), "application/json"));
        assertEquals(200, api().get("/Contact").status());
        RecordedRequest dropped = sim.control().requests().get(0);
        assertEquals(0, dropped.status());
        assertEquals("/api/v1/Contact", dropped.path());
    }

    @Test
    void timeoutHoldsTheRequestUntilTheClientGivesUp() {
        sim.control().inject(Fault.timeout().onPath("/SevUser"));
        Http impatient = api().timeout(Duration.ofMillis(300));
        assertThrows(HttpTimeoutException.class, () -> impatient.trySend("GET", "/SevUser", null, null));
        assertEquals(200, api().get("/SevUser").status());
    }

    @Test
    void shortTimeoutHoldEndsInAClosedConnection() {
        sim.control().inject(Fault.timeout(Duration.ofMillis(100)));
        assertThrows(IOException.class, () -> api().trySend("POST", "/SevUser", null, null));
    }

    @Test
    void delayAndLatencySlowResponsesDown() {
        sim.control().inject(Fault.delay(Duration.ofMillis(300)).onPath("/SevUser"));
        long start = System.nanoTime();
        assertEquals(200, api().get("/SevUser").status());
        assertTrue(elapsedMillis(start) >= 300);
        sim.control().setLatency(Duration.ofMillis(200));
        start = System.nanoTime();
        assertEquals(200, api().get("/SevUser").status());
        assertTrue(elapsedMillis(start) >= 200);
        assertEquals(200, Http.to(sim.rootUrl()).get("/__sim/latency").at("/ms").asInt());
        Http.to(sim.rootUrl()).put("/__sim/latency", "{\"ms\":0}");
        assertEquals(Duration.ZERO, sim.control().latency());
        assertEquals(
                400, Http.to(sim.rootUrl()).put("/__sim/latency", "{\"ms\":-5}").status());
    }

    @Test
    void requestLogRecordsMethodPathQueryStatusAndTime() {
        api().get("/Contact?customerNumber=K-1");
        Http.to(sim.baseUrl()).get("/SevUser");
        List<RecordedRequest> log = sim.control().requests();
        assertEquals(2, log.size());
        assertEquals("GET", log.get(0).method());
        assertEquals("/api/v1/Contact", log.get(0).path());
        assertEquals("customerNumber=K-1", log.get(0).query());
        assertEquals(200, log.get(0).status());
        assertEquals(401, log.get(1).status());
        assertTrue(log.get(0).time() != null);
        Http.Reply overHttp = Http.to(sim.rootUrl()).get("/__sim/requests?limit=1");
        assertEquals(1, overHttp.json().size());
        assertEquals(401, overHttp.at("/0/status").asInt());
        Http.to(sim.rootUrl()).delete("/__sim/requests");
        assertTrue(sim.control().requests().isEmpty());
    }

    @Test
    void stateSnapshotsAndResetOverJavaAndHttp() {
        SevdeskContactsTest.createOrganisation(api(), "ACME GmbH", "K-1");
        assertEquals("ACME GmbH", sim.control().snapshot("Contact").get(0).get("name"));
        assertTrue(sim.control().collections().contains("Invoice"));
        Http control = Http.to(sim.rootUrl());
        assertEquals(
                "K-1",
                control.get("/__sim/state/Contact").at("/0/customerNumber").asText());
        assertEquals(404, control.get("/__sim/state/Nope").status());
        assertThrows(IllegalArgumentException.class, () -> sim.control().snapshot("Nope"));
        assertEquals(1, control.get("/__sim/creates").at("/customerNumber/K-1").asInt());
        assertEquals(200, control.post("/__sim/reset", "").status());
        assertTrue(sim.control().snapshot("Contact").isEmpty());
        assertTrue(sim.control().createCounts(SevdeskSimulator.CUSTOMER_NUMBER).isEmpty());
        assertEquals(404, control.get("/__sim/unknown").status());
    }

    @Test
    void faultValidationInJava() {
        assertThrows(IllegalArgumentException.class, () -> Fault.status(99));
        assertThrows(IllegalArgumentException.class, () -> Fault.drop().times(0));
        assertThrows(IllegalArgumentException.class, () -> Fault.delay(Duration.ofMillis(-1)));
        assertEquals(
                "Fault[STATUS 503 /x x2]",
                Fault.status(503).onPath("x").times(2).toString());
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
