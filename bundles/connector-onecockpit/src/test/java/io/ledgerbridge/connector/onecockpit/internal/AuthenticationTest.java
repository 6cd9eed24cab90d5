package io.ledgerbridge.connector.onecockpit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.service.ValidationException;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.TestResult;
import io.ledgerbridge.sandbox.OneCockpitSimulator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Authentifizieren": saving a connection exchanges the OneCockpit login for an API token, which is kept instead of
 * the password; a revoked token pauses the connection with the advice to authenticate again.
 */
class AuthenticationTest extends SimulatorFixture {
    private final OneCockpitType type = new OneCockpitType();

    private static Map<String, Object> login(String password) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(OneCockpitType.USER, OneCockpitSimulator.SANDBOX_USER);
        settings.put(OneCockpitType.PASSWORD, password);
        settings.put(OneCockpitType.BASE_URL, onecockpit.baseUrl());
        settings.put("name", "OneCockpit");
        return settings;
    }

    @Test
    void savingExchangesTheLoginForATokenAndDropsThePassword() {
        Map<String, Object> stored = type.exchangeCredentials(login(OneCockpitSimulator.SANDBOX_PASSWORD));

        assertFalse(stored.containsKey(OneCockpitType.PASSWORD), "the password is not stored");
        String token = (String) stored.get(OneCockpitType.API_TOKEN);
        assertTrue(token != null && !token.isBlank(), stored.toString());
        assertEquals("OneCockpit", stored.get("name"), "the other settings stay");
        assertEquals(1, exchanges());

        TestResult tested = connector().test(context(token));
        assertTrue(tested.ok(), tested.message());
        assertEquals(
                "Connected to OneCockpit account " + OneCockpitSimulator.SANDBOX_ACCOUNT_NAME + " ("
                        + OneCockpitSimulator.SANDBOX_ACCOUNT_ID + ")",
                tested.message());
        assertEquals(1, exchanges(), "working with the token needs no login");
    }

    @Test
    void aRefusedLoginIsNamedAtThePasswordAndNothingIsStored() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> type.exchangeCredentials(login("not-the-password")));

        assertEquals(OneCockpitType.PASSWORD, e.errors().get(0).field());
        String message = e.errors().get(0).message();
        assertTrue(
                message.startsWith("OneCockpit did not accept the user '" + OneCockpitSimulator.SANDBOX_USER
                        + "' or its password: check both"),
                message);
        assertTrue(message.endsWith("; nothing was saved"), message);
        assertFalse(message.contains("not-the-password"), "the password is never shown");
    }

    @Test
    void withoutAPasswordTheSettingsStayAsTheyAre() {
        Map<String, Object> settings = login(null);
        settings.put(OneCockpitType.API_TOKEN, "kept-token");

        assertSame(settings, type.exchangeCredentials(settings));
        assertEquals(0, exchanges());
    }

    @Test
    void aRevokedTokenIsAuthWithTheAdviceToAuthenticateAgain() {
        String token = (String) type.exchangeCredentials(login(OneCockpitSimulator.SANDBOX_PASSWORD))
                .get(OneCockpitType.API_TOKEN);
        onecockpit.revokeTokens(OneCockpitSimulator.SANDBOX_USER);

        String message = failed(connector().export(context(token), finalized(invoice("RE-1"))), FailureKind.AUTH)
                .message();

        assertTrue(message.startsWith("OneCockpit no longer accepts this connection's API token"), message);
        assertTrue(
                message.contains("authenticate again: enter your OneCockpit password in the connection's settings "
                        + "and save"),
                message);
        assertFalse(message.contains(token), "the token is never shown");
    }

    @Test
    void aConnectionNeverAuthenticatedSaysHowToAuthenticate() {
        TestResult result = failedTest(connector().test(context("")), FailureKind.CONFIGURATION);
        assertTrue(
                result.message().startsWith("the connection is not authenticated with OneCockpit yet"),
                result.message());
    }
}
