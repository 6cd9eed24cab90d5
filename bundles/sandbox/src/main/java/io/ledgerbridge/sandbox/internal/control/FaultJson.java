package io.ledgerbridge.sandbox.internal.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads and writes faults as JSON for {@code POST /__sim/faults}:
 * {@code {"type":"status|delay|timeout|drop|accept-then-stall|accept-then-drop","status":503,"message":"..",
 * "delayMs":..,"holdMs":..,"path":"/Invoice","exact":false,"method":"POST","count":2,"always":false}}.
 */
final class FaultJson {

    private FaultJson() {}

    static Fault parse(ObjectNode body) {
        Fault fault = base(body);
        String path = Json.nonBlank(body, "path");
        if (path != null) {
            fault = Boolean.TRUE.equals(Json.bool(body, "exact")) ? fault.onExactPath(path) : fault.onPath(path);
        }
        String method = Json.nonBlank(body, "method");
        if (method != null) {
            fault = fault.onMethod(method);
        }
        if (Boolean.TRUE.equals(Json.bool(body, "always"))) {
            return fault.always();
        }
        Long count = Json.integer(body, "count");
        if (count != null && (count < 1 || count > Integer.MAX_VALUE)) {
            throw ApiException.badRequest("Field 'count' must be at least 1");
        }
        return count == null ? fault : fault.times(count.intValue());
    }

    static ObjectNode render(Fault fault) {
        ObjectNode node = Json.object().put("type", type(fault.kind()));
        if (fault.kind() == Fault.Kind.STATUS) {
            node.put("status", fault.status()).put("message", fault.message());
        }
        if (fault.kind() == Fault.Kind.DELAY) {
            node.put("delayMs", fault.duration().toMillis());
        }
        if (fault.kind().holds()) {
            node.put("holdMs", fault.duration().toMillis());
        }
        node.put("path", fault.path()).put("exact", fault.exactPath()).put("method", fault.method());
        return fault.times() == Integer.MAX_VALUE ? node.put("always", true) : node.put("count", fault.times());
    }

    private static Fault base(ObjectNode body) {
        Long status = Json.integer(body, "status");
        String type = Json.nonBlank(body, "type");
        String kind = type == null ? (status != null ? "status" : "") : type.toLowerCase(Locale.ROOT);
        try {
            switch (kind) {
                case "status":
                    if (status == null) {
                        throw ApiException.badRequest("Field 'status' is required for a status fault");
                    }
                    String message = Json.nonBlank(body, "message");
                    return message == null ? Fault.status(status.intValue()) : Fault.status(status.intValue(), message);
                case "delay":
                    return Fault.delay(millis(body, "delayMs", null));
                case "timeout":
                    return Fault.timeout(millis(body, "holdMs", Fault.DEFAULT_HOLD));
                case "drop":
                    return Fault.drop();
                case "accept-then-stall":
                    return Fault.acceptThenStall(millis(body, "holdMs", Fault.DEFAULT_HOLD));
                case "accept-then-drop":
                    return Fault.acceptThenDrop();
                default:
                    throw ApiException.badRequest("Field 'type' must be status, delay, timeout, drop, "
                            + "accept-then-stall or accept-then-drop");
            }
        } catch (IllegalArgumentException invalid) {
            throw ApiException.badRequest(invalid.getMessage());
        }
    }

    /** The JSON name of a kind: {@code accept-then-stall} for {@code ACCEPT_THEN_STALL}. */
    private static String type(Fault.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Duration millis(ObjectNode body, String field, Duration fallback) {
        Long value = Json.integer(body, field);
        if (value == null) {
            if (fallback == null) {
                throw ApiException.badRequest("Field '" + field + "' is required");
            }
            return fallback;
        }
        return Duration.ofMillis(value);
    }
}
