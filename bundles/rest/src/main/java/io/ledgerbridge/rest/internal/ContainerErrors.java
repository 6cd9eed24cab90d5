package io.ledgerbridge.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;

/**
 * The answers to errors the web container finds before (or around) the API's servlets: a malformed request line or
 * escape, headers or an address too large, a path no servlet answers. Each says what happened, that nothing was
 * changed and what to do; none repeats the container's own words, which may name classes or versions.
 */
final class ContainerErrors {
    private ContainerErrors() {}

    /**
     * Why a request's address is ambiguous, or null when it is not: an escaped slash, backslash, dot or NUL, or a
     * {@code .}/{@code ..} segment, which servers and proxies read differently ({@code ..%2F} climbs out of a
     * resource in some and not in others).
     */
    static String ambiguity(String rawUri) {
        if (rawUri == null) {
            return null;
        }
        String lower = rawUri.toLowerCase(Locale.ROOT);
        for (String escape : new String[] {"%2f", "%5c", "%2e", "%00"}) {
            if (lower.contains(escape)) {
                return "the address contains " + escape.toUpperCase(Locale.ROOT)
                        + ", an escaped character a path must not hide";
            }
        }
        for (String segment : rawUri.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "the address contains a '" + segment + "' segment";
            }
        }
        return null;
    }

    /** The 400 answer for an ambiguous address, or nothing when the address is clear. */
    static void refuseAmbiguous(HttpServletRequest request) {
        String problem = ambiguity(request.getRequestURI());
        if (problem != null) {
            throw new Json.BadRequest(
                    400, problem + "; nothing was changed; send ids as they are, without path characters", List.of());
        }
    }

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
            case 505 -> "this HTTP version is not supported; nothing was changed; send HTTP/1.1";
            case 503 -> "the service is unavailable at the moment; nothing was changed; try again shortly";
            default ->
                status >= 500
                        ? "the server could not answer the request; nothing was changed; try again or report the time"
                        : "the request cannot be answered (HTTP " + status + "); nothing was changed";
        };
    }

    /** The API's error body for the status, {@code {"error":{"status","message"}}}. */
    static byte[] json(int status) {
        return json(status, null);
    }

    /**
     * The API's error body for the status, with the container's reason in front of the message when it is a short
     * plain phrase such as {@code No Host} (never anything that could carry a class name or markup).
     */
    static byte[] json(int status, String reason) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        boolean plain =
                reason != null && reason.matches("[A-Za-z][A-Za-z0-9 '=,-]{0,60}") && !reason.contains("Exception");
        error.put("message", (plain ? reason.toLowerCase(Locale.ROOT) + ": " : "") + message(status));
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
