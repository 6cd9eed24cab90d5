package io.ledgerbridge.sandbox.internal.onecockpit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.util.Locale;

/**
 * ASSUMED CONTRACT - the exchange of a OneCockpit login for an API token, as invoiz's "Authentifizieren" does it:
 * {@code POST /api/v1/auth/token {"user","password"}} answers {@code {"token","account":{"id","name"}}}; the token
 * then goes into {@code X-Api-Key} and stays valid until it is revoked. A wrong user or password is 401, a missing
 * field 422. {@code GET /api/v1/account} tells a token's account.
 */
final class OneCockpitAuth {

    static final String TOKEN_PATH = "/api/v1/auth/token";
    static final String ACCOUNT_PATH = "/api/v1/account";

    private final OneCockpitContext context;

    OneCockpitAuth(OneCockpitContext context) {
        this.context = context;
    }

    /** The exchange needs no key; {@code GET /api/v1/account} does. */
    void register(Router publicRoutes, Router keyRoutes) {
        publicRoutes.on("POST", TOKEN_PATH, this::exchange);
        keyRoutes.on("GET", ACCOUNT_PATH, request -> SimResponse.json(200, account()));
    }

    /** The exchange; counted against the per-second limit of the user, since there is no key yet. */
    private SimResponse exchange(SimRequest request) {
        ObjectNode body = Json.parseObject(request.body());
        String user = Json.nonBlank(body, "user");
        if (user == null) {
            throw ApiException.invalid(422, "user", "user is required");
        }
        String password = Json.text(body, "password");
        if (password == null || password.isEmpty()) {
            throw ApiException.invalid(422, "password", "password is required");
        }
        String login = user.strip().toLowerCase(Locale.ROOT);
        if (!context.state.admit("login:" + login, context.clock.instant().getEpochSecond())) {
            throw OneCockpitState.rateLimited(context.state.requestsPerSecond);
        }
        if (!password.equals(context.state.users.get(login))) {
            throw ApiException.unauthorized("Invalid user or password");
        }
        ObjectNode reply = Json.object().put("token", context.state.issueToken(login));
        reply.set("account", account());
        return SimResponse.json(200, reply);
    }

    /** The account every key and token of this simulator belongs to. */
    ObjectNode account() {
        return Json.object().put("id", OneCockpitState.ACCOUNT_ID).put("name", OneCockpitState.ACCOUNT_NAME);
    }
}
