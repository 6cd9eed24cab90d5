package io.ledgerbridge.sandbox.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** An immutable view of one HTTP request: method, path, decoded query, case-insensitive headers and body. */
public final class SimRequest {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Map<String, String> pathParams;
    private final Instant receivedAt;
    private final Object attachment;

    private SimRequest(
            String method,
            String path,
            String rawQuery,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            byte[] body,
            Map<String, String> pathParams,
            Instant receivedAt,
            Object attachment) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = path;
        this.rawQuery = rawQuery == null ? "" : rawQuery;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.pathParams = pathParams;
        this.receivedAt = receivedAt;
        this.attachment = attachment;
    }

    /**
     * @param method the HTTP method
     * @param path the decoded path
     * @param rawQuery the raw (still encoded) query string, may be null
     * @param headers the request headers
     * @param body the request body
     * @param receivedAt arrival time
     * @return the request
     */
    public static SimRequest of(
            String method,
            String path,
            String rawQuery,
            Map<String, List<String>> headers,
            byte[] body,
            Instant receivedAt) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null) {
                copy.put(name, List.copyOf(values));
            }
        });
        String raw = rawQuery == null ? "" : rawQuery;
        return new SimRequest(
                method,
                path,
                raw,
                parseQuery(raw),
                Collections.unmodifiableMap(copy),
                body,
                Map.of(),
                receivedAt,
                null);
    }

    /** A copy carrying the path parameters a route extracted. */
    public SimRequest withPathParams(Map<String, String> params) {
        return new SimRequest(method, path, rawQuery, query, headers, body, Map.copyOf(params), receivedAt, attachment);
    }

    /** A copy carrying a simulator-specific object resolved before routing (e.g. the Billomat account). */
    public SimRequest withAttachment(Object value) {
        return new SimRequest(method, path, rawQuery, query, headers, body, pathParams, receivedAt, value);
    }

    /** The attachment set by {@link #withAttachment(Object)}, cast to the expected type. */
    public <T> T attachment(Class<T> type) {
        return type.cast(attachment);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public byte[] body() {
        return body;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The first value of a query parameter (names kept verbatim, e.g. {@code contact[id]}), or null. */
    public String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a header, or null. */
    /** All headers, names case-insensitive. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A path parameter of the matched route; never null for a parameter the route declares. */
    public String param(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no parameter " + name);
        }
        return value;
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return result;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text; // keep the raw text: a bad escape must not crash the simulator
        }
    }
}
