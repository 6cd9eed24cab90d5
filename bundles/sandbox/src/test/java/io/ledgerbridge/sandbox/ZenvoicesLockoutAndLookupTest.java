package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the Zenvoices simulator adds for connectors: ABP's login lockout, the lookup by externalId, attachments. */
class ZenvoicesLockoutAndLookupTest {

    private static final String PDF = Base64.getEncoder().encodeToString("%PDF-1.4 invoice".getBytes());
    private static final String XML = Base64.getEncoder().encodeToString("<Invoice/>".getBytes());

    private final ManualClock clock = ManualClock.startingNow();
    private final ZenvoicesSimulator zenvoices =
            ZenvoicesSimulator.builder().clock(clock).start();

    @AfterEach
    void stop() {
        zenvoices.close();
    }

    private Http.Reply login(String password) {
        return Http.to(zenvoices.baseUrl())
                .post(
                        "/api/TokenAuth/TokenLogin",
                        "{\"userNameOrEmailAddress\":\""
                                + ZenvoicesSimulator.SANDBOX_USER + "\",\"password\":\"" + password
                                + "\",\"tenancyName\":\""
                                + ZenvoicesSimulator.SANDBOX_TENANCY + "\"}");
    }

    private Http api() {
        String token = login(ZenvoicesSimulator.SANDBOX_PASSWORD)
                .at("/result/accessToken")
                .asText();
        return Http.to(zenvoices.baseUrl()).header("Authorization", "Bearer " + token);
    }

    @Test
    void fiveWrongPasswordsLockTheUserOutForFiveMinutesEvenWithTheRightOne() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(
                    "Invalid user name or password",
                    login("wrong").at("/error/details").asText());
        }
        Http.Reply fifth = login("wrong");
        assertEquals(500, fifth.status());
        assertEquals("Login failed!", fifth.at("/error/message").asText());
        assertEquals(
                "The user account has been locked out. Please try again later.",
                fifth.at("/error/details").asText());
        assertEquals(500, login(ZenvoicesSimulator.SANDBOX_PASSWORD).status(), "locked out with the right password");
        clock.advance(Duration.ofMinutes(5));
        assertEquals(200, login(ZenvoicesSimulator.SANDBOX_PASSWORD).status());
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            login("wrong");
        }
        assertEquals(200, login(ZenvoicesSimulator.SANDBOX_PASSWORD).status());
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    "Invalid user name or password",
                    login("wrong").at("/error/details").asText());
        }
    }

    @Test
    void theInboxListFiltersByExternalIdAndAdministration() {
        Http api = api();
        api.post("/public-api/v1/inbox", upload("ACME", "doc-1"));
        api.post("/public-api/v1/inbox", upload("BETA", "doc-1"));
        api.post("/public-api/v1/inbox", upload("ACME", "doc-2"));
        long acme = api.post("/public-api/v1/administration/list", "{}")
                .at("/result/items/0/id")
                .asLong();
        Http.Reply found =
                api.post("/public-api/v1/inbox/list", "{\"administrationId\":" + acme + ",\"externalId\":\"doc-1\"}");
        assertEquals(1, found.at("/result/totalCount").asInt(), found.text());
        assertEquals("doc-1", found.at("/result/items/0/externalId").asText());
        assertEquals(
                2,
                api.post("/public-api/v1/inbox/list", "{\"externalId\":\"doc-1\"}")
                        .at("/result/totalCount")
                        .asInt());
        assertEquals(
                0,
                api.post("/public-api/v1/inbox/list", "{\"externalId\":\"DOC-1\"}")
                        .at("/result/totalCount")
                        .asInt(),
                "exact match");
    }

    @Test
    void anUploadCarriesFurtherFilesOfTheSameItem() {
        String body = "{\"administrationCode\":\"ACME\",\"fileName\":\"RE-1.pdf\",\"fileContent\":\"" + PDF
                + "\",\"externalId\":\"doc-1\",\"attachments\":[{\"fileName\":\"RE-1.xml\",\"fileContent\":\""
                + XML + "\"}]}";
        assertEquals(200, api().post("/public-api/v1/inbox", body).status());
        List<Map<String, Object>> inbox = zenvoices.control().snapshot("SANDBOX/inbox");
        assertEquals(1, inbox.size());
        assertEquals(
                List.of(Map.of("fileName", "RE-1.xml", "fileSize", 10)),
                inbox.get(0).get("attachments"));
        Http.Reply invalid = api().post(
                        "/public-api/v1/inbox",
                        "{\"administrationCode\":\"ACME\",\"fileName\":" + "\"a.pdf\",\"fileContent\":\"" + PDF
                                + "\",\"attachments\":[{\"fileContent\":\"***\"}, 7]}");
        assertEquals(400, invalid.status());
        assertEquals(3, invalid.at("/error/validationErrors").size(), invalid.text());
        assertTrue(invalid.at("/error/validationErrors/0/members/0").asText().startsWith("attachments[0]"));
    }

    private static String upload(String administrationCode, String externalId) {
        return "{\"administrationCode\":\"" + administrationCode + "\",\"fileName\":\"inv.pdf\",\"fileContent\":\""
                + PDF + "\",\"externalId\":\"" + externalId + "\"}";
    }
}
