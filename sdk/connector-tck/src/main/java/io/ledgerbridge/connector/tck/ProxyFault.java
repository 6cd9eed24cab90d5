package io.ledgerbridge.connector.tck;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link FaultProxy} does instead of forwarding, for which requests and how often, e.g.
 * {@code ProxyFault.status(429).header("Retry-After", "7")} or {@code ProxyFault.loseResponse().after(2)}.
 * Immutable; every method returns a changed copy. Applies to every matching request unless limited by {@link #times}.
 */
public final class ProxyFault {

    /** What the proxy does with a matching request. */
    public enum Action {
        /** Answers with the given status, headers and body; the target sees nothing. */
        RESPOND,
        /** Answers with the given status and a JSON body that repeats the request: line, headers, body. */
        ECHO,
        /** Never answers; the connection is closed when the proxy closes or its faults are cleared. */
        HANG,
        /** Closes the connection without an answer; the target sees nothing. */
        DROP,
        /** Forwards the request (the target acts on it), then closes the connection without passing the answer on. */
        LOSE_RESPONSE
    }

    private final Action action;
    private final int status;
    private final Map<String, String> headers;
    private final String contentType;
    private final String body;
    private final String pathContains;
    private final String method;
    private final int skip;
    private final int times;

    private ProxyFault(
            Action action,
            int status,
            Map<String, String> headers,
            String contentType,
            String body,
            String pathContains,
            String method,
            int skip,
            int times) {
        this.action = action;
        this.status = status;
        this.headers = Map.copyOf(headers);
        this.contentType = contentType;
        this.body = body;
        this.pathContains = pathContains;
        this.method = method;
        this.skip = skip;
        this.times = times;
    }

    /**
     * @param status the HTTP status, 100-599
     * @return a fault answering that status with a small JSON body {@code {"message":"Injected fault: HTTP <s>"}}
     */
    public static ProxyFault status(int status) {
        return reply(status, "application/json", "{\"message\":\"Injected fault: HTTP " + status + "\"}");
    }

    /**
     * @param status the HTTP status, 100-599
     * @param contentType the body's media type
     * @param body the body, in the target's own error format
     * @return a fault answering exactly this
     */
    public static ProxyFault reply(int status, String contentType, String body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        return new ProxyFault(
                Action.RESPOND,
                status,
                Map.of(),
                Objects.requireNonNull(contentType),
                Objects.requireNonNull(body),
                null,
                null,
                0,
                Integer.MAX_VALUE);
    }

    /**
     * @param status the HTTP status of the echo
     * @return a fault answering with the request repeated in {@code message}, {@code error.message} and
     *     {@code errors.error}, as careless servers do: a connector must still mask its secrets
     */
    public static ProxyFault echo(int status) {
        return new ProxyFault(Action.ECHO, status, Map.of(), "application/json", "", null, null, 0, Integer.MAX_VALUE);
    }

    /** @return a fault that never answers */
    public static ProxyFault hang() {
        return new ProxyFault(Action.HANG, 0, Map.of(), null, null, null, null, 0, Integer.MAX_VALUE);
    }

    /** @return a fault that closes the connection without forwarding or answering */
    public static ProxyFault drop() {
        return new ProxyFault(Action.DROP, 0, Map.of(), null, null, null, null, 0, Integer.MAX_VALUE);
    }

    /** @return a fault that forwards the request, then closes the connection instead of answering */
    public static ProxyFault loseResponse() {
        return new ProxyFault(Action.LOSE_RESPONSE, 0, Map.of(), null, null, null, null, 0, Integer.MAX_VALUE);
    }

    /**
     * @param name a response header, e.g. {@code Retry-After}
     * @param value its value
     * @return a copy that also sends this header
     */
    public ProxyFault header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ProxyFault(action, status, more, contentType, body, pathContains, method, skip, times);
    }

    /**
     * @param fragment a part of the request path (with query), e.g. {@code /Invoice/Factory/saveInvoice}
     * @return a copy that applies only to requests whose path contains it
     */
    public ProxyFault onPath(String fragment) {
        return new ProxyFault(action, status, headers, contentType, body, fragment, method, skip, times);
    }

    /**
     * @param httpMethod e.g. {@code POST}
     * @return a copy that applies only to this method
     */
    public ProxyFault onMethod(String httpMethod) {
        return new ProxyFault(
                action,
                status,
                headers,
                contentType,
                body,
                pathContains,
                httpMethod.toUpperCase(Locale.ROOT),
                skip,
                times);
    }

    /**
     * @param matching how many matching requests pass untouched first
     * @return a copy that applies from the next but {@code matching} matching request on
     */
    public ProxyFault after(int matching) {
        return new ProxyFault(action, status, headers, contentType, body, pathContains, method, matching, times);
    }

    /**
     * @param count how many matching requests it applies to, at least 1
     * @return a copy limited to that many
     */
    public ProxyFault times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least once: " + count);
        }
        return new ProxyFault(action, status, headers, contentType, body, pathContains, method, skip, count);
    }

    /** @return what the proxy does */
    public Action action() {
        return action;
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    String contentType() {
        return contentType;
    }

    String body() {
        return body;
    }

    int skip() {
        return skip;
    }

    int times() {
        return times;
    }

    boolean matches(String requestMethod, String pathAndQuery) {
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && (pathContains == null || pathAndQuery.contains(pathContains));
    }

    @Override
    public String toString() {
        return "ProxyFault[" + action + (status > 0 ? " " + status : "") + (method == null ? "" : " " + method)
                + (pathContains == null ? "" : " *" + pathContains + "*") + (skip > 0 ? " after " + skip : "")
                + (times == Integer.MAX_VALUE ? "" : " x" + times) + "]";
    }
}
