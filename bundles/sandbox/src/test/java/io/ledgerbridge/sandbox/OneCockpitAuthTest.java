package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The assumed exchange of a OneCockpit login for an API token, and what the token may do until it is revoked. */
class OneCockpitAuthTest {

    private final OneCockpitSimulator onecockpit =
            OneCockpitSimulator.builder().requestsPerSecond(1000).start();

    @AfterEach
    void stop() {
        onecockpit.close();
    }

    private Http.Reply exchange(String user, String password) {
        return Http.to(onecockpit.baseUrl())
                .post(OneCockpitSimulator.TOKEN_PATH, "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    private Http.Reply account(String token) {
        return Http.to(onecockpit.baseUrl()).header("X-Api-Key", token).get("/api/v1/account");
    }

    @Test
    void theSeededLoginIsExchangedForATokenOfTheAccount() {
        Http.Reply grant = exchange("Demo@OneCockpit.test", OneCockpitSimulator.SANDBOX_PASSWORD);
        assertEquals(200, grant.status(), grant.text());
        assertEquals(
                OneCockpitSimulator.SANDBOX_ACCOUNT_ID, grant.at("/account/id").asText());
        assertEquals(
                OneCockpitSimulator.SANDBOX_ACCOUNT_NAME,
                grant.at("/account/name").asText());
        String token = grant.at("/token").asText();
        assertTrue(token.startsWith("oc_") && token.length() > 20, token);
        Http.Reply account = account(token);
        assertEquals(200, account.status(), account.text());
        assertEquals(
                OneCockpitSimulator.SANDBOX_ACCOUNT_NAME, account.at("/name").asText());
        String second = exchange(OneCockpitSimulator.SANDBOX_USER, OneCockpitSimulator.SANDBOX_PASSWORD)
                .at("/token")
                .asText();
        assertNotEquals(token, second, "every exchange issues a token of its own");
        assertEquals(200, account(token).status(), "an earlier token stays valid");
    }

    @Test
    void aWrongUserOrPasswordIs401InTheErrorEnvelope() {
        Http.Reply wrongPassword = exchange(OneCockpitSimulator.SANDBOX_USER, "Sandbox");
        assertEquals(401, wrongPassword.status());
        assertEquals("unauthorized", wrongPassword.at("/error/code").asText());
        assertEquals(
                "Invalid user or password", wrongPassword.at("/error/message").asText());
        assertEquals(
                401,
                exchange("nobody@onecockpit.test", OneCockpitSimulator.SANDBOX_PASSWORD)
                        .status());
    }

    @Test
    void aMissingFieldIs422AndAnotherMethod405() {
        Http.Reply noPassword = Http.to(onecockpit.baseUrl())
                .post(OneCockpitSimulator.TOKEN_PATH, "{\"user\":\"" + OneCockpitSimulator.SANDBOX_USER + "\"}");
        assertEquals(422, noPassword.status());
        assertEquals("password", noPassword.at("/error/field").asText());
        Http.Reply noUser = Http.to(onecockpit.baseUrl()).post(OneCockpitSimulator.TOKEN_PATH, "{\"password\":\"x\"}");
        assertEquals("user", noUser.at("/error/field").asText());
        assertEquals(
                400,
                Http.to(onecockpit.baseUrl())
                        .post(OneCockpitSimulator.TOKEN_PATH, "{")
                        .status());
        assertEquals(
                405,
                Http.to(onecockpit.baseUrl())
                        .get(OneCockpitSimulator.TOKEN_PATH)
                        .status());
    }

    @Test
    void revokedTokensGet401UntilTheLoginIsExchangedAgain() {
        String token = exchange(OneCockpitSimulator.SANDBOX_USER, OneCockpitSimulator.SANDBOX_PASSWORD)
                .at("/token")
                .asText();
        onecockpit.revokeTokens(OneCockpitSimulator.SANDBOX_USER);
        Http.Reply revoked = account(token);
        assertEquals(401, revoked.status());
        assertEquals("unauthorized", revoked.at("/error/code").asText());
        assertEquals(
                200,
                account(OneCockpitSimulator.SANDBOX_API_KEY).status(),
                "a key is no token of the user and stays valid");
        String again = exchange(OneCockpitSimulator.SANDBOX_USER, OneCockpitSimulator.SANDBOX_PASSWORD)
                .at("/token")
                .asText();
        assertEquals(200, account(again).status());
    }

    @Test
    void usersAndTheirTokensAreControlledOverHttpToo() {
        Http control = Http.to(onecockpit.rootUrl());
        assertEquals(
                200,
                control.post("/__sim/users", "{\"user\":\"tck@onecockpit.test\",\"password\":\"Pa55\"}")
                        .status());
        String token = exchange("tck@onecockpit.test", "Pa55").at("/token").asText();
        assertEquals(200, account(token).status());
        assertEquals(
                200, control.delete("/__sim/users/tck@onecockpit.test/tokens").status());
        assertEquals(401, account(token).status());
        assertEquals(400, control.delete("/__sim/users/nobody/tokens").status());
        assertEquals(400, control.post("/__sim/users", "{\"user\":\"x\"}").status());
        onecockpit.control().reset();
        assertEquals(401, exchange("tck@onecockpit.test", "Pa55").status(), "a reset forgets added users");
    }
}
