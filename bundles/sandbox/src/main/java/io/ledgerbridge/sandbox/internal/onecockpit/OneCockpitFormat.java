package io.ledgerbridge.sandbox.internal.onecockpit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.util.List;

/** The (assumed) OneCockpit error body {@code {"error":{"code","message","field"}}} and list body {@code {"items"}}. */
final class OneCockpitFormat {

    private OneCockpitFormat() {}

    static SimResponse error(ApiException problem) {
        ObjectNode error = Json.object().put("code", code(problem.status())).put("message", problem.getMessage());
        if (!problem.fieldErrors().isEmpty()) {
            error.put("field", problem.fieldErrors().get(0).field());
        }
        ObjectNode body = Json.object();
        body.set("error", error);
        return SimResponse.json(problem.status(), body);
    }

    static SimResponse items(List<ObjectNode> items) {
        ObjectNode body = Json.object();
        body.set("items", Json.arrayOf(items));
        return SimResponse.json(200, body.put("total", items.size()));
    }

    private static String code(int status) {
        switch (status) {
            case 400:
                return "bad_request";
            case 401:
                return "unauthorized";
            case 404:
                return "not_found";
            case 409:
                return "conflict";
            case 422:
                return "validation_failed";
            case 429:
                return "rate_limited";
            default:
                return status >= 500 ? "server_error" : "error";
        }
    }
}
