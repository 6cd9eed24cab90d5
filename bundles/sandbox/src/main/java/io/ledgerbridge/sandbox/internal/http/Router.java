package io.ledgerbridge.sandbox.internal.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps method and path patterns such as {@code GET /Invoice/{id}} to handlers. When several patterns match,
 * the one with the most literal segments wins; a known path with another method gets 405.
 */
public final class Router {

    /** Answers one routed request. */
    @FunctionalInterface
    public interface Handler {
        SimResponse handle(SimRequest request);
    }

    private record Route(String method, String[] segments, Handler handler, int literals) {}

    private final List<Route> routes = new ArrayList<>();

    public Router on(String method, String pattern, Handler handler) {
        String[] segments = split(pattern);
        int literals = 0;
        for (String segment : segments) {
            literals += isParam(segment) ? 0 : 1;
        }
        routes.add(new Route(method, segments, handler, literals));
        return this;
    }

    /** Routes the request by the given path (which may be the request path minus a base path). */
    public SimResponse dispatch(SimRequest request, String path) {
        String[] segments = split(path);
        String method = "HEAD".equals(request.method()) ? "GET" : request.method();
        Route best = null;
        boolean pathKnown = false;
        for (Route route : routes) {
            if (matches(route, segments)) {
                pathKnown = true;
                if (route.method.equals(method) && (best == null || route.literals > best.literals)) {
                    best = route;
                }
            }
        }
        if (best == null) {
            throw pathKnown
                    ? new ApiException(405, "Method " + request.method() + " not allowed on " + path)
                    : ApiException.notFound("Not found: " + path);
        }
        return best.handler.handle(request.withPathParams(params(best, segments)));
    }

    private static boolean matches(Route route, String[] segments) {
        if (route.segments.length != segments.length) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            if (!isParam(route.segments[i]) && !route.segments[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> params(Route route, String[] segments) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < segments.length; i++) {
            if (isParam(route.segments[i])) {
                params.put(route.segments[i].substring(1, route.segments[i].length() - 1), segments[i]);
            }
        }
        return params;
    }

    private static boolean isParam(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
