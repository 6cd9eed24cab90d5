package io.ledgerbridge.sandbox.internal.onecockpit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.control.ControlRoutes;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimResponse;

/**
 * OneCockpit-only control routes: {@code POST /__sim/keys {"apiKey"}}, {@code DELETE /__sim/keys/{key}},
 * {@code POST /__sim/users {"user","password"}}, {@code DELETE /__sim/users/{user}/tokens},
 * {@code POST /__sim/foreign-invoices {"invoiceNumber","source","customerEmail","amount"}} and
 * {@code PUT /__sim/settings {"requestsPerSecond"}}.
 */
public final class OneCockpitControlRoutes {

    private OneCockpitControlRoutes() {}

    public static void register(Router router, AssumedOneCockpitApi api) {
        router.on(
                        "POST",
                        "/__sim/keys",
                        request ->
                                guarded(() -> api.addApiKey(Json.nonBlank(Json.parseObject(request.body()), "apiKey"))))
                .on("DELETE", "/__sim/keys/{key}", request -> guarded(() -> api.revokeApiKey(request.param("key"))))
                .on("POST", "/__sim/users", request -> {
                    ObjectNode body = Json.parseObject(request.body());
                    return guarded(() -> api.addUser(Json.nonBlank(body, "user"), Json.text(body, "password")));
                })
                .on(
                        "DELETE",
                        "/__sim/users/{user}/tokens",
                        request -> guarded(() -> api.revokeTokens(request.param("user"))))
                .on("POST", "/__sim/foreign-invoices", request -> {
                    ObjectNode body = Json.parseObject(request.body());
                    return guarded(() -> api.addForeignInvoice(
                            Json.nonBlank(body, "invoiceNumber"),
                            Json.nonBlank(body, "source"),
                            Json.nonBlank(body, "customerEmail"),
                            Json.text(body, "amount")));
                })
                .on("PUT", "/__sim/settings", request -> {
                    Long rate = Json.integer(Json.parseObject(request.body()), "requestsPerSecond");
                    return guarded(
                            () -> api.setRequestsPerSecond(rate == null ? 0 : (int) Math.min(rate, Integer.MAX_VALUE)));
                });
    }

    private static SimResponse guarded(Runnable change) {
        try {
            change.run();
            return ControlRoutes.ok();
        } catch (IllegalArgumentException invalid) {
            throw ApiException.badRequest(invalid.getMessage());
        } catch (ApiException invalidInput) {
            throw ApiException.badRequest(invalidInput.getMessage());
        }
    }
}
