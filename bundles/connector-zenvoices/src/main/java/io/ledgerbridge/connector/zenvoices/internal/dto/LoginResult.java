package io.ledgerbridge.connector.zenvoices.internal.dto;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code TokenLogin} answered: a token with its lifetime, a two-factor challenge, or ABP's refusal
 * ("Login failed!" with the reason in {@code details}).
 *
 * @param accessToken the bearer token; empty unless signed in
 * @param expireInSeconds the token's lifetime (a day at Zenvoices); 0 when not told
 * @param twoFactor true when Zenvoices asks for a second factor instead of giving a token
 * @param refusal ABP's reason for a refused login, e.g. "Invalid user name or password"; null when not refused
 */
public record LoginResult(String accessToken, long expireInSeconds, boolean twoFactor, String refusal) {

    /** A successful reply's {@code result}. */
    public static LoginResult of(JsonNode result) {
        return new LoginResult(
                result.path("accessToken").asText(""),
                result.path("expireInSeconds").asLong(0),
                result.path("requiresTwoFactorVerification").asBoolean(false),
                null);
    }

    /** A refused login. */
    public static LoginResult refused(String reason) {
        return new LoginResult("", 0, false, reason);
    }

    /** {@return true when a token came back} */
    public boolean signedIn() {
        return refusal == null && !twoFactor && !accessToken.isEmpty();
    }
}
