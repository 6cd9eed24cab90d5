package io.ledgerbridge.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers to errors the web container finds before (or around) the API's servlets: a malformed request line or
 * escape, headers or an address too large, a path no servlet answers. Each says what happened, that nothing was
 * changed and what to do; none repeats the container's own words, which may name classes or versions.
 */
final class ContainerErrors {
    private ContainerErrors() {}

    /** The message for a status the container answered. */
    static String message(int status) {
        return switch (status) {
            case 400 ->
                "the request is malformed (its request line, a percent-escape or an ambiguous path segment"
                        + " such as ..%2F); nothing was changed; send a well-formed HTTP/1.1 request";
            case 404 ->
                "no such resource; nothing was changed; the API's resources are under /api/v1 (documents,"
                        + " tenants, connections, transfers, backfills, store, session)";
            case 405 -> "this method is not answered here; nothing was changed; see the Allow header";
            case 413 -> "the request is larger than the server accepts; nothing was changed; send at most 10 MiB";
            case 414 ->
                "the request's address is longer than the server accepts (8 KiB); nothing was changed;"
                        + " send long lists in the body or in several requests";
            case 415 -> "the body's media type is not accepted; nothing was changed; send application/json";
            case 431 ->
                "the request's headers are larger than the server accepts (8 KiB); nothing was changed;"
                        + " send fewer or smaller headers (cookies included)";
            case 503 -> "the service is unavailable at the moment; nothing was changed; try again shortly";
            default ->
                status >= 500
                        ? "the server could not answer the request; nothing was changed; try again or report the time"
                        : "the request cannot be answered (HTTP " + status + "); nothing was changed";
        };
    }

    /** The API's error body for the status, {@code {"error":{"status","message"}}}. */
    static byte[] json(int status) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("message", message(status));
        try {
            return Json.MAPPER.writeValueAsBytes(Map.of("error", error));
        } catch (JsonProcessingException e) {
            return ("{\"error\":{\"status\":" + status + "}}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A plain-text page for paths outside the API (the web UI): the status and the message, nothing else. */
    static byte[] text(int status) {
        return ("HTTP " + status + ": " + message(status) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
