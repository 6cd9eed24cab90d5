package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.onecockpit.internal.OneCockpitErrors.Step;

/**
 * A connection's OneCockpit API token (obtained when the partner authenticated, stored encrypted, decrypted by the
 * engine for each call) and the calls made with it. A 401 means OneCockpit revoked it: the failure is AUTH and says
 * to authenticate again, since the password is not kept. Failures leave here worded by {@link OneCockpitErrors}.
 */
final class Login {

    /** One API call with a token. */
    interface Call<T> {
        T run(String token) throws ConnectorException;
    }

    private final String token;
    private final OneCockpitErrors errors;

    Login(String token, OneCockpitErrors errors) {
        this.token = token;
        this.errors = errors;
    }

    <T> T call(Step step, Call<T> call) throws ConnectorException {
        try {
            return call.run(token);
        } catch (ConnectorException e) {
            throw errors.explain(step, e);
        }
    }
}
