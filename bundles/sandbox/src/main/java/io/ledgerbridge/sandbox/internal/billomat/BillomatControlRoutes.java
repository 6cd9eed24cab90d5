package io.ledgerbridge.sandbox.internal.billomat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.control.ControlRoutes;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.util.Objects;

/**
 * Billomat-only control routes: {@code POST /__sim/accounts {"billomatId","apiKey"}},
 * {@code DELETE /__sim/accounts/{id}/keys/{key}}, {@code POST /__sim/apps {"appId","appSecret"}} and
 * {@code GET|PUT /__sim/settings {"windowSeconds","quota","appQuota"}}.
 */
public final class BillomatControlRoutes {

    private BillomatControlRoutes() {}

    public static void register(Router router, BillomatApi api) {
        router.on("POST", "/__sim/accounts", request -> {
                    ObjectNode body = Json.parseObject(request.body());
                    guarded(() -> api.addAccount(Json.nonBlank(body, "billomatId"), Json.nonBlank(body, "apiKey")));
                    return ControlRoutes.ok();
                })
                .on("DELETE", "/__sim/accounts/{id}/keys/{key}", request -> {
                    api.revokeApiKey(request.param("id"), request.param("key"));
                    return ControlRoutes.ok();
                })
                .on("POST", "/__sim/apps", request -> {
                    ObjectNode body = Json.parseObject(request.body());
                    guarded(() -> api.addApp(Json.nonBlank(body, "appId"), Json.nonBlank(body, "appSecret")));
                    return ControlRoutes.ok();
                })
                .on("GET", "/__sim/settings", request -> settingsBody(api.settings()))
                .on("PUT", "/__sim/settings", request -> updateSettings(request, api));
    }

    private static SimResponse updateSettings(SimRequest request, BillomatApi api) {
        ObjectNode body = Json.parseObject(request.body());
        BillomatSettings current = api.settings();
        guarded(() -> api.setSettings(new BillomatSettings(
                intOr(body, "windowSeconds", current.windowSeconds()),
                intOr(body, "quota", current.quota()),
                intOr(body, "appQuota", current.appQuota()))));
        return settingsBody(api.settings());
    }

    private static SimResponse settingsBody(BillomatSettings settings) {
        return SimResponse.json(
                200,
                Json.object()
                        .put("windowSeconds", settings.windowSeconds())
                        .put("quota", settings.quota())
                        .put("appQuota", settings.appQuota()));
    }

    private static int intOr(ObjectNode body, String field, int fallback) {
        Long value = Json.integer(body, field);
        if (value != null && (value < 1 || value > Integer.MAX_VALUE)) {
            throw ApiException.badRequest(field + " must be a positive integer");
        }
        return Objects.requireNonNullElse(value, (long) fallback).intValue();
    }

    private static void guarded(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException invalid) {
            throw ApiException.badRequest(invalid.getMessage());
        }
    }
}
