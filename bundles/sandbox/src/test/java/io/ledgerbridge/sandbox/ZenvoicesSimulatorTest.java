package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ZenvoicesSimulatorTest {

    private static final String PDF = Base64.getEncoder().encodeToString("%PDF-1.4 invoice".getBytes());

    private final ManualClock clock = ManualClock.startingNow();
    private final ZenvoicesSimulator zenvoices = ZenvoicesSimulator.builder()
            .clock(clock)
            .tokenExpiry(Duration.ofMinutes(5))
            .start();

    @AfterEach
    void stop() {
        zenvoices.close();
    }

    private Http.Reply login(String tenancy, String user, String password) {
        return Http.to(zenvoices.baseUrl())
                .post(
                        "/api/TokenAuth/TokenLogin",
                        "{\"userNameOrEmailAddress\":\"" + user + "\",\"password\":\"" + password
                                + "\",\"tenancyName\":\"" + tenancy + "\"}");
    }

    private Http api() {
        Http.Reply login = login(
                ZenvoicesSimulator.SANDBOX_TENANCY,
                ZenvoicesSimulator.SANDBOX_USER,
                ZenvoicesSimulator.SANDBOX_PASSWORD);
        return bearer(login);
    }

    private Http bearer(Http.Reply login) {
        String token = login.at("/result/accessToken").asText();
        return Http.to(zenvoices.baseUrl()).header("Authorization", "Bearer " + token);
    }

    private static String upload(String administration, String externalId) {
        return "{" + administration + ",\"fileName\":\"inv.pdf\",\"fileContent\":\"" + PDF + "\","
                + (externalId == null ? "" : "\"externalId\":\"" + externalId + "\",") + "\"subject\":\"Invoice\"}";
    }

    @Test
    void loginReturnsAnAbpEnvelopeWithTokenAndExpiry() {
        Http.Reply reply = login("sandbox", ZenvoicesSimulator.SANDBOX_USER, ZenvoicesSimulator.SANDBOX_PASSWORD);
        assertEquals(200, reply.status());
        assertTrue(reply.at("/success").asBoolean());
        assertTrue(reply.at("/__abp").asBoolean());
        assertTrue(reply.at("/error").isNull());
        assertEquals(300, reply.at("/result/expireInSeconds").asInt());
        assertFalse(reply.at("/result/accessToken").asText().isEmpty());
        assertFalse(reply.at("/result/requiresTwoFactorVerification").asBoolean());
    }

    @Test
    void failedLoginsAreAbpUserFriendlyErrors() {
        Http.Reply wrong = login(ZenvoicesSimulator.SANDBOX_TENANCY, ZenvoicesSimulator.SANDBOX_USER, "nope");
        assertEquals(500, wrong.status());
        assertFalse(wrong.at("/success").asBoolean());
        assertEquals("Login failed!", wrong.at("/error/message").asText());
        assertEquals("Invalid user name or password", wrong.at("/error/details").asText());
        Http.Reply tenant = login("NOBODY", ZenvoicesSimulator.SANDBOX_USER, ZenvoicesSimulator.SANDBOX_PASSWORD);
        assertEquals(500, tenant.status());
        assertTrue(tenant.at("/error/details").asText().contains("NOBODY"));
        Http.Reply missing = Http.to(zenvoices.baseUrl()).post("/api/TokenAuth/TokenLogin", "{\"password\":\"x\"}");
        assertEquals(400, missing.status());
        assertEquals(2, missing.at("/error/validationErrors").size());
        assertEquals(
                "userNameOrEmailAddress",
                missing.at("/error/validationErrors/0/members/0").asText());
        assertEquals(
                400,
                Http.to(zenvoices.baseUrl())
                        .post("/api/TokenAuth/TokenLogin", "{broken")
                        .status());
    }

    @Test
    void twoFactorUsersGetNoToken() {
        zenvoices.setTwoFactor(ZenvoicesSimulator.SANDBOX_TENANCY, ZenvoicesSimulator.SANDBOX_USER, true);
        Http.Reply reply = login(
                ZenvoicesSimulator.SANDBOX_TENANCY,
                ZenvoicesSimulator.SANDBOX_USER,
                ZenvoicesSimulator.SANDBOX_PASSWORD);
        assertTrue(reply.at("/result/requiresTwoFactorVerification").asBoolean());
        assertTrue(reply.at("/result/accessToken").isNull());
    }

    @Test
    void administrationsArePagedAbpLists() {
        Http.Reply reply = api().post("/public-api/v1/administration/list", "{\"maxResultCount\":1,\"skipCount\":1}");
        assertEquals(200, reply.status(), reply.text());
        assertEquals(2, reply.at("/result/totalCount").asInt());
        assertEquals("BETA", reply.at("/result/items/0/code").asText());
        assertTrue(reply.at("/result/items/0/isActive").asBoolean());
        long id = reply.at("/result/items/0/id").asLong();
        assertEquals(
                "BETA",
                api().get("/public-api/v1/administration/" + id)
                        .at("/result/code")
                        .asText());
        assertEquals(404, api().get("/public-api/v1/administration/999999").status());
        Http.Reply invalid = api().post("/public-api/v1/administration/list", "{\"maxResultCount\":500}");
        assertEquals(400, invalid.status());
        assertEquals(
                "maxResultCount",
                invalid.at("/error/validationErrors/0/members/0").asText());
        assertEquals(
                2,
                api().post("/public-api/v1/administration/list", "")
                        .at("/result/items")
                        .size());
    }

    @Test
    void missingExpiredOrRevokedTokensGet401WithUnAuthorizedRequest() {
        Http.Reply none = Http.to(zenvoices.baseUrl()).post("/public-api/v1/administration/list", "{}");
        assertEquals(401, none.status());
        assertTrue(none.at("/unAuthorizedRequest").asBoolean());
        assertEquals(
                "Current user did not login to the application!",
                none.at("/error/message").asText());
        Http client = api();
        assertEquals(
                200, client.post("/public-api/v1/administration/list", "{}").status());
        clock.advance(Duration.ofMinutes(5));
        Http.Reply expired = client.post("/public-api/v1/administration/list", "{}");
        assertEquals(401, expired.status());
        assertTrue(expired.at("/unAuthorizedRequest").asBoolean());
        Http fresh = api();
        zenvoices.revokeTokens(ZenvoicesSimulator.SANDBOX_TENANCY, ZenvoicesSimulator.SANDBOX_USER);
        assertEquals(401, fresh.post("/public-api/v1/administration/list", "{}").status());
        assertEquals(404, Http.to(zenvoices.baseUrl()).get("/elsewhere").status());
    }

    @Test
    void missingPermissionsGet403InTheAbpEnvelope() {
        zenvoices.addUser("SANDBOX", "clerk@sandbox.test", "pw", ZenvoicesPermission.COMPANIES_LIST);
        Http clerk = Http.to(zenvoices.baseUrl())
                .header(
                        "Authorization",
                        "Bearer "
                                + login("SANDBOX", "clerk@sandbox.test", "pw")
                                        .at("/result/accessToken")
                                        .asText());
        assertEquals(200, clerk.post("/public-api/v1/administration/list", "{}").status());
        Http.Reply denied = clerk.post("/public-api/v1/inbox", upload("\"administrationCode\":\"ACME\"", "E-1"));
        assertEquals(403, denied.status());
        assertTrue(denied.at("/error/message").asText().contains("Api.Inbox"));
        assertTrue(denied.at("/unAuthorizedRequest").asBoolean());
        Http.to(zenvoices.rootUrl())
                .put("/__sim/users/SANDBOX/clerk@sandbox.test/permissions", "{\"permissions\":[\"INBOX\"]}");
        String acme = upload("\"administrationCode\":\"ACME\"", "E-1");
        assertEquals(200, clerk.post("/public-api/v1/inbox", acme).status());
        assertEquals(403, clerk.post("/public-api/v1/administration/list", "{}").status());
        assertEquals(
                400,
                Http.to(zenvoices.rootUrl())
                        .put("/__sim/users/SANDBOX/clerk@sandbox.test/permissions", "{\"permissions\":[\"ROOT\"]}")
                        .status());
    }

    @Test
    void assumedUploadDeduplicatesByExternalId() {
        Http.Reply first = api().post("/public-api/v1/inbox", upload("\"administrationCode\":\"acme\"", "E-1"));
        assertEquals(200, first.status(), first.text());
        long id = first.at("/result/id").asLong();
        Http.Reply repeat = api().post("/public-api/v1/inbox", upload("\"administrationCode\":\"ACME\"", "E-1"));
        assertEquals(id, repeat.at("/result/id").asLong());
        assertEquals(1, zenvoices.control().createCount(ZenvoicesSimulator.EXTERNAL_ID, "E-1"));
        assertTrue(zenvoices.control().duplicates().isEmpty());
        Http.Reply other = api().post("/public-api/v1/inbox", upload("\"administrationCode\":\"ACME\"", null));
        assertTrue(other.at("/result/id").asLong() != id);
        Http.Reply list = api().post("/public-api/v1/inbox/list", "{\"maxResultCount\":10}");
        assertEquals(2, list.at("/result/totalCount").asInt());
        assertEquals("E-1", list.at("/result/items/0/externalId").asText());
        assertEquals(0, list.at("/result/items/0/importStatus").asInt());
        assertEquals(
                "Invoice",
                api().get("/public-api/v1/inbox/details?id=" + id)
                        .at("/result/subject")
                        .asText());
        assertEquals(404, api().get("/public-api/v1/inbox/details?id=123456789").status());
        assertEquals(400, api().get("/public-api/v1/inbox/details").status());
        assertEquals(2, zenvoices.control().snapshot("SANDBOX/inbox").size());
        assertEquals(
                2,
                Http.to(zenvoices.rootUrl())
                        .get("/__sim/state/SANDBOX/inbox")
                        .json()
                        .size());
    }

    @Test
    void assumedUploadValidatesInput() {
        Http.Reply invalid = api().post("/public-api/v1/inbox", "{\"fileContent\":\"***\"}");
        assertEquals(400, invalid.status());
        assertEquals("Your request is not valid!", invalid.at("/error/message").asText());
        assertEquals(3, invalid.at("/error/validationErrors").size());
        Http.Reply unknown = api().post("/public-api/v1/inbox", upload("\"administrationCode\":\"NOPE\"", "E-2"));
        assertEquals(404, unknown.status());
        assertTrue(unknown.at("/error/message").asText().contains("NOPE"));
        assertEquals(
                404,
                api().post("/public-api/v1/inbox", upload("\"administrationId\":424242", "E-2"))
                        .status());
        assertEquals(
                400,
                api().post("/public-api/v1/inbox", upload("\"administrationId\":\"abc\"", "E-2"))
                        .status());
        assertEquals(400, api().post("/public-api/v1/inbox", "[]").status());
    }

    @Test
    void controlApiAddsUsersAdministrationsAndExpiry() {
        Http control = Http.to(zenvoices.rootUrl());
        assertEquals(
                200,
                control.post(
                                "/__sim/users",
                                "{\"tenancyName\":\"OTHER\",\"userNameOrEmailAddress\":\"u\","
                                        + "\"password\":\"p\",\"permissions\":[\"Api.Companies.List\"]}")
                        .status());
        assertEquals(
                201,
                control.post("/__sim/administrations", "{\"tenancyName\":\"OTHER\",\"code\":\"X1\"}")
                        .status());
        Http.Reply login = login("other", "u", "p");
        Http other = bearer(login);
        assertEquals(
                "X1",
                other.post("/public-api/v1/administration/list", "{}")
                        .at("/result/items/0/code")
                        .asText());
        assertEquals(
                200,
                control.put("/__sim/settings", "{\"tokenExpirySeconds\":60}").status());
        assertEquals(60, login("other", "u", "p").at("/result/expireInSeconds").asInt());
        assertEquals(
                400,
                control.put("/__sim/settings", "{\"tokenExpirySeconds\":0}").status());
        assertEquals(
                400, control.post("/__sim/users", "{\"tenancyName\":\"X\"}").status());
        assertThrows(IllegalArgumentException.class, () -> zenvoices.setPermissions("SANDBOX", "ghost"));
    }

    @Test
    void uploadPathIsConfigurable() {
        try (ZenvoicesSimulator custom = ZenvoicesSimulator.builder()
                .inboxUploadPath("/public-api/v1/inbox/upload")
                .start()) {
            Http.Reply login = Http.to(custom.baseUrl())
                    .post(
                            "/api/TokenAuth/TokenLogin",
                            "{\"userNameOrEmailAddress\":\"" + ZenvoicesSimulator.SANDBOX_USER
                                    + "\",\"password\":\"sandbox\",\"tenancyName\":\"SANDBOX\"}");
            Http client = Http.to(custom.baseUrl())
                    .header(
                            "Authorization",
                            "Bearer " + login.at("/result/accessToken").asText());
            assertEquals(
                    200,
                    client.post("/public-api/v1/inbox/upload", upload("\"administrationCode\":\"ACME\"", "Z"))
                            .status());
        }
        assertThrows(IllegalArgumentException.class, () -> ZenvoicesSimulator.builder()
                .inboxUploadPath("/x"));
    }
}
