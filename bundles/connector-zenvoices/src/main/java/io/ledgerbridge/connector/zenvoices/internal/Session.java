package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.zenvoices.internal.dto.LoginResult;
import io.ledgerbridge.model.spi.FailureKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One connection signed in to Zenvoices for one call: runs API calls with the cached bearer token and answers a 401
 * (ABP's {@code unAuthorizedRequest}, e.g. an expired or revoked token) with one new login and one repeat of the
 * call; a second 401 is AUTH. Failures leave here worded, as {@link Failure}s.
 */
final class Session implements TokenCache.Login {
    /** The lifetime assumed when the login does not say (Zenvoices says a day). */
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    /** One call with a bearer token. */
    interface Call<T> {
        T run(String token) throws ConnectorException;
    }

    private final ZenvoicesClient client;
    private final TokenCache tokens;
    private final ZenvoicesSettings settings;
    private final String password;
    private final String key;

    Session(ZenvoicesClient client, TokenCache tokens, ZenvoicesSettings settings, String password) {
        this.client = client;
        this.tokens = tokens;
        this.settings = settings;
        this.password = password;
        this.key = hash(settings.baseUrl() + "\n" + settings.organizationCode().toLowerCase(Locale.ROOT) + "\n"
                + settings.userName().toLowerCase(Locale.ROOT) + "\n" + password);
    }

    ZenvoicesSettings settings() {
        return settings;
    }

    /** Signs in now, whatever the cache holds: a connection test checks the credentials as they are. */
    void signInAgain() throws Failure {
        tokens.fresh(this);
    }

    /** Runs the call with the current token; after a 401 once more with a renewed one. */
    <T> T call(Step step, Call<T> call) throws Failure {
        TokenCache.Token token = tokens.token(this);
        try {
            return call.run(token.value());
        } catch (ConnectorException e) {
            if (!unauthorized(e)) {
                throw ZenvoicesMessages.of(step, e, settings);
            }
        }
        TokenCache.Token renewed = tokens.renew(this, token);
        try {
            return call.run(renewed.value());
        } catch (ConnectorException e) {
            throw ZenvoicesMessages.of(step, e, settings);
        }
    }

    @Override
    public TokenCache.Grant signIn() throws Failure {
        LoginResult result;
        try {
            result = client.login(settings.userName(), password, settings.organizationCode());
        } catch (ConnectorException e) {
            throw ZenvoicesMessages.of(Step.LOGIN, e, settings);
        }
        if (result.refusal() != null) {
            throw ZenvoicesMessages.loginRefused(result.refusal(), settings);
        }
        if (result.twoFactor()) {
            throw ZenvoicesMessages.twoFactor(settings);
        }
        if (!result.signedIn()) {
            throw new Failure(FailureKind.UNAVAILABLE, "Zenvoices answered the sign-in without a token");
        }
        long seconds = result.expireInSeconds();
        return new TokenCache.Grant(result.accessToken(), seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_LIFETIME);
    }

    /** A hash of address, organisation, user and password: equal logins share a token, a new password does not. */
    @Override
    public String key() {
        return key;
    }

    private static String hash(String login) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(login.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static boolean unauthorized(ConnectorException e) {
        return e.kind() == ConnectorException.Kind.AUTH && e.httpStatus() == 401;
    }
}
