package io.ledgerbridge.sandbox.internal.sevdesk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.control.ControlRoutes;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;

/**
 * sevdesk-only control routes: {@code POST /__sim/tokens {"token"}}, {@code DELETE /__sim/tokens/{token}},
 * {@code POST /__sim/tokens/{token}/block} and {@code PUT /__sim/settings {"systemVersion","planLacksApi"}}.
 */
public final class SevdeskControlRoutes {

    private SevdeskControlRoutes() {}

    public static void register(Router router, SevdeskApi api) {
        router.on("POST", "/__sim/tokens", request -> {
                    String token = Json.nonBlank(Json.parseObject(request.body()), "token");
                    guarded(() -> api.addToken(token));
                    return ControlRoutes.ok();
                })
                .on("DELETE", "/__sim/tokens/{token}", request -> {
                    api.revokeToken(request.param("token"));
                    return ControlRoutes.ok();
                })
                .on("POST", "/__sim/tokens/{token}/block", request -> {
                    api.blockToken(request.param("token"));
                    return ControlRoutes.ok();
                })
                .on("PUT", "/__sim/settings", request -> settings(request, api));
    }

    private static SimResponse settings(SimRequest request, SevdeskApi api) {
        ObjectNode body = Json.parseObject(request.body());
        String version = Json.nonBlank(body, "systemVersion");
        if (version != null) {
            guarded(() -> api.setSystemVersion(version));
        }
        Boolean lacksApi = Json.bool(body, "planLacksApi");
        if (lacksApi != null) {
            api.setPlanLacksApi(lacksApi);
        }
        return SimResponse.json(200, Json.object().put("systemVersion", api.systemVersion()));
    }

    private static void guarded(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException invalid) {
            throw ApiException.badRequest(invalid.getMessage());
        }
    }
}
