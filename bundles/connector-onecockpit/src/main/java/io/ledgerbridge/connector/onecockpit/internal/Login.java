package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.onecockpit.internal.OneCockpitErrors.Step;
import io.ledgerbridge.connector.onecockpit.internal.dto.TokenGrant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A connection's OneCockpit login (user and the decrypted password) for one call: runs API calls with the token
 * from the {@link TokenKeeper}, exchanging the login when there is none. A 401 (the token was revoked) gets one new
 * exchange and one repeat of the call; when that is refused too, the failure is AUTH and says to authenticate
 * again. Failures leave here worded by {@link OneCockpitErrors}.
 */
final class Login {

    /** One API call with a token. */
    interface Call<T> {
        T run(String token) throws ConnectorException;
    }

    private final OneCockpitClient client;
    private final TokenKeeper tokens;
    private final OneCockpitErrors errors;
    private final String user;
    private final String password;
    private final String key;

    Login(OneCockpitClient client, TokenKeeper tokens, OneCockpitErrors errors, String user, String password) {
        this.client = client;
        this.tokens = tokens;
        this.errors = errors;
        this.user = user;
        this.password = password;
        this.key = hash(user.toLowerCase(Locale.ROOT) + "\n" + password);
    }

    /** Exchanges the login now, whatever is remembered, as "Authentifizieren" does. */
    TokenKeeper.Token authenticate() throws ConnectorException {
        return tokens.fresh(key, this::exchange);
    }

    /** Runs the call with the current token; after a 401 once more with a token from a new exchange. */
    <T> T call(Step step, Call<T> call) throws ConnectorException {
        TokenKeeper.Token token = tokens.current(key, this::exchange);
        try {
            return call.run(token.value());
        } catch (ConnectorException e) {
            if (!revoked(e)) {
                throw errors.explain(step, e);
            }
        }
        TokenKeeper.Token renewed = tokens.renew(key, token, this::exchange);
        try {
            return call.run(renewed.value());
        } catch (ConnectorException e) {
            throw errors.explain(step, e);
        }
    }

    private TokenKeeper.Token exchange() throws ConnectorException {
        try {
            TokenGrant grant = client.exchange(user, password);
            return new TokenKeeper.Token(grant.token(), grant.account(), key);
        } catch (ConnectorException e) {
            throw errors.explain(Step.EXCHANGE, e);
        }
    }

    private static boolean revoked(ConnectorException e) {
        return e.kind() == ConnectorException.Kind.AUTH && e.httpStatus() == 401;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
