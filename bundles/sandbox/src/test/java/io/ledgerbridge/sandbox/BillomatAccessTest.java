package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Billomat routing, authentication, formats and rate limiting. */
class BillomatAccessTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2025-03-01T10:07:30Z"));
    private final BillomatSimulator billomat = BillomatSimulator.builder()
            .clock(clock)
            .rateLimit(Duration.ofMinutes(15), 3, 5)
            .start();

    @AfterEach
    void stop() {
        billomat.close();
    }

    private Http api() {
        return Http.to(billomat.baseUrl())
                .header("X-BillomatApiKey", BillomatSimulator.SANDBOX_API_KEY)
                .header("Accept", "application/json");
    }

    @Test
    void myselfAnswersTheTokenTestWithJson() {
        assertTrue(billomat.baseUrl().endsWith("/sandbox/api"));
        Http.Reply reply = api().get("/clients/myself");
        assertEquals(200, reply.status());
        assertEquals("DE", reply.at("/client/country_code").asText());
    }

    @Test
    void unknownBillomatIdIs404AndKeysAreChecked() {
        Http.Reply unknown = Http.to(billomat.baseUrl("nobody"))
                .header("X-BillomatApiKey", "x")
                .header("Accept", "application/json")
                .get("/clients");
        assertEquals(404, unknown.status());
        assertTrue(unknown.at("/errors/error").asText().contains("nobody"));
        Http.Reply missing = Http.to(billomat.baseUrl()).get("/clients?format=json");
        assertEquals(401, missing.status());
        assertNotNull(missing.at("/errors/error").asText());
        assertEquals(
                401,
                Http.to(billomat.baseUrl())
                        .header("X-BillomatApiKey", "wrong")
                        .get("/clients?format=json")
                        .status());
        assertEquals(
                200,
                Http.to(billomat.baseUrl())
                        .get("/clients?format=json&api_key=" + BillomatSimulator.SANDBOX_API_KEY)
                        .status());
        assertEquals(404, Http.to(billomat.rootUrl()).get("/no-api-here").status());
    }

    @Test
    void addedAccountsAndRevokedKeys() {
        billomat.addAccount("second", "key-2");
        Http second = Http.to(billomat.baseUrl("second"))
                .header("X-BillomatApiKey", "key-2")
                .header("Accept", "application/json");
        assertEquals(
                201,
                second.post("/clients", "{\"client\":{\"name\":\"Only here\"}}").status());
        assertEquals("", api().get("/clients").at("/clients/client").asText());
        assertEquals(1, billomat.control().snapshot("second/clients").size());
        assertEquals(
                "Only here",
                Http.to(billomat.rootUrl())
                        .get("/__sim/state/second/clients")
                        .at("/0/name")
                        .asText());
        billomat.revokeApiKey("second", "key-2");
        assertEquals(401, second.get("/clients").status());
        Http control = Http.to(billomat.rootUrl());
        assertEquals(
                200,
                control.post("/__sim/accounts", "{\"billomatId\":\"third\",\"apiKey\":\"k3\"}")
                        .status());
        assertEquals(
                200,
                Http.to(billomat.baseUrl("third"))
                        .header("X-BillomatApiKey", "k3")
                        .get("/clients?format=json")
                        .status());
        assertEquals(
                400,
                control.post("/__sim/accounts", "{\"billomatId\":\"bad id!\",\"apiKey\":\"k\"}")
                        .status());
        assertEquals(200, control.delete("/__sim/accounts/third/keys/k3").status());
        assertEquals(
                401,
                Http.to(billomat.baseUrl("third"))
                        .header("X-BillomatApiKey", "k3")
                        .get("/clients?format=json")
                        .status());
    }

    @Test
    void xmlIsTheDefaultFormat() {
        api().post("/clients", "{\"client\":{\"name\":\"ACME & Co\"}}");
        Http.Reply xml = Http.to(billomat.baseUrl())
                .header("X-BillomatApiKey", BillomatSimulator.SANDBOX_API_KEY)
                .get("/clients");
        assertEquals(200, xml.status());
        assertTrue(xml.header("Content-Type").startsWith("application/xml"));
        assertTrue(xml.text().contains("<clients page=\"1\" per_page=\"100\" total=\"1\"><client>"), xml.text());
        assertTrue(xml.text().contains("<name>ACME &amp; Co</name>"));
        Http.Reply error = Http.to(billomat.baseUrl()).get("/clients");
        assertTrue(error.text().contains("<errors><error>Unauthorized</error></errors>"), error.text());
        assertEquals(
                415,
                api().send("POST", "/clients", "<client/>", "application/xml").status());
    }

    @Test
    void rateLimitHeadersCountDownAndThe429NamesTheWait() {
        long reset = Instant.parse("2025-03-01T10:15:00Z").getEpochSecond();
        Http.Reply first = api().get("/clients");
        assertEquals("2", first.header("X-Rate-Limit-Remaining"));
        assertEquals(String.valueOf(reset), first.header("X-Rate-Limit-Reset"));
        api().get("/clients");
        assertEquals("0", api().get("/clients/999").header("X-Rate-Limit-Remaining"));
        Http.Reply limited = api().get("/clients");
        assertEquals(429, limited.status());
        assertEquals(
                "Maximum number of requests (3 per 15 minutes) reached. Try again in 450 seconds.",
                limited.at("/errors/error").asText());
        assertEquals("0", limited.header("X-Rate-Limit-Remaining"));
        assertEquals(String.valueOf(reset), limited.header("X-Rate-Limit-Reset"));
        assertEquals("0", Http.to(billomat.baseUrl()).get("/clients").header("X-Rate-Limit-Remaining"));
        clock.advance(Duration.ofSeconds(450));
        Http.Reply nextWindow = api().get("/clients");
        assertEquals(200, nextWindow.status());
        assertEquals("2", nextWindow.header("X-Rate-Limit-Remaining"));
        assertEquals(String.valueOf(reset + 900), nextWindow.header("X-Rate-Limit-Reset"));
    }

    @Test
    void registeredAppsGetTheirOwnHigherQuota() {
        for (int i = 0; i < 3; i++) {
            api().get("/clients");
        }
        assertEquals(429, api().get("/clients").status());
        Http app = api().header("X-AppId", BillomatSimulator.SANDBOX_APP_ID)
                .header("X-AppSecret", BillomatSimulator.SANDBOX_APP_SECRET);
        Http.Reply reply = app.get("/clients");
        assertEquals(200, reply.status());
        assertEquals("4", reply.header("X-Rate-Limit-Remaining"));
        assertEquals(
                401,
                api().header("X-AppId", BillomatSimulator.SANDBOX_APP_ID)
                        .header("X-AppSecret", "nope")
                        .get("/clients")
                        .status());
    }

    @Test
    void rateLimitIsConfigurableAtRuntime() {
        billomat.setRateLimit(Duration.ofSeconds(2), 1, 1);
        assertEquals(200, api().get("/clients").status());
        assertEquals(429, api().get("/clients").status());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(200, api().get("/clients").status());
        Http.Reply settings = Http.to(billomat.rootUrl()).put("/__sim/settings", "{\"quota\":50}");
        assertEquals(50, settings.at("/quota").asInt());
        assertEquals(2, settings.at("/windowSeconds").asInt());
        assertEquals("49", api().get("/clients").header("X-Rate-Limit-Remaining"));
        assertEquals(
                400,
                Http.to(billomat.rootUrl())
                        .put("/__sim/settings", "{\"quota\":0}")
                        .status());
    }

    @Test
    void defaultLimitsAreThoseOfTheRealService() {
        try (BillomatSimulator real = BillomatSimulator.start(0)) {
            Http.Reply reply = Http.to(real.baseUrl())
                    .header("X-BillomatApiKey", BillomatSimulator.SANDBOX_API_KEY)
                    .get("/clients?format=json");
            assertEquals("299", reply.header("X-Rate-Limit-Remaining"));
            assertNull(reply.header("Retry-After"));
        }
    }
}
