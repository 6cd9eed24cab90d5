package io.ledgerbridge.sandbox.internal.zenvoices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.ZenvoicesPermission;
import io.ledgerbridge.sandbox.internal.control.ControlRoutes;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Zenvoices-only control routes: {@code POST /__sim/users}, {@code PUT /__sim/users/{tenant}/{user}/permissions},
 * {@code DELETE /__sim/users/{tenant}/{user}/tokens}, {@code POST /__sim/administrations} and
 * {@code PUT /__sim/settings {"tokenExpirySeconds"}}.
 */
public final class ZenvoicesControlRoutes {

    private ZenvoicesControlRoutes() {}

    public static void register(Router router, ZenvoicesApi api) {
        router.on("POST", "/__sim/users", request -> {
                    ObjectNode body = Json.parseObject(request.body());
                    String tenant = Json.nonBlank(body, "tenancyName");
                    String user = Json.nonBlank(body, "userNameOrEmailAddress");
                    return guarded(() -> {
                        api.addUser(tenant, user, Json.text(body, "password"), permissions(body.get("permissions")));
                        api.setTwoFactor(tenant, user, Boolean.TRUE.equals(Json.bool(body, "twoFactor")));
                        return ControlRoutes.ok();
                    });
                })
                .on(
                        "PUT",
                        "/__sim/users/{tenant}/{user}/permissions",
                        request -> guarded(() -> {
                            api.setPermissions(
                                    request.param("tenant"),
                                    request.param("user"),
                                    permissions(Json.parseObject(request.body()).get("permissions")));
                            return ControlRoutes.ok();
                        }))
                .on(
                        "DELETE",
                        "/__sim/users/{tenant}/{user}/tokens",
                        request -> guarded(() -> {
                            api.revokeTokens(request.param("tenant"), request.param("user"));
                            return ControlRoutes.ok();
                        }))
                .on("POST", "/__sim/administrations", request -> {
                    ObjectNode body = Json.parseObject(request.body());
                    return guarded(() -> SimResponse.json(
                            201,
                            Json.object()
                                    .put(
                                            "id",
                                            api.addAdministration(
                                                    Json.nonBlank(body, "tenancyName"),
                                                    Json.nonBlank(body, "code"),
                                                    Json.text(body, "name"),
                                                    !Boolean.FALSE.equals(Json.bool(body, "isActive"))))));
                })
                .on("PUT", "/__sim/settings", request -> {
                    Long seconds = Json.integer(Json.parseObject(request.body()), "tokenExpirySeconds");
                    return guarded(() -> {
                        api.setTokenExpiry(Duration.ofSeconds(seconds == null ? 0 : seconds));
                        return ControlRoutes.ok();
                    });
                });
    }

    private static Set<ZenvoicesPermission> permissions(JsonNode list) {
        Set<ZenvoicesPermission> result = EnumSet.noneOf(ZenvoicesPermission.class);
        if (list == null || list.isNull()) {
            return result;
        }
        if (!list.isArray()) {
            throw ApiException.badRequest("permissions must be a list such as [\"COMPANIES_LIST\",\"INBOX\"]");
        }
        list.forEach(name -> result.add(ZenvoicesPermission.parse(name.asText())));
        return result;
    }

    private static SimResponse guarded(Supplier<SimResponse> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException invalid) {
            throw ApiException.badRequest(invalid.getMessage());
        }
    }
}
