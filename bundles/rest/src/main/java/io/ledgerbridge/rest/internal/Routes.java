package io.ledgerbridge.rest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The routes of one API servlet: each is an HTTP method, a path pattern below the servlet and the handler that
 * answers it.
 *
 * <p>A pattern is a list of segments separated by {@code /}, without a leading slash: literal segments such as
 * {@code jobs} must be equal to the request's segment, placeholders such as {@code {id}} take any one segment (the
 * empty one too) and hand it to the handler by name. The empty pattern {@code ""} is the servlet's own path. So
 * {@code "{id}/test"} answers {@code /api/v1/connections/c1/test} with {@code id = c1}.
 *
 * <p>When several patterns of a method match, the one with the most literal segments wins, then the one declared
 * first. Only {@value #METHODS} can be routed: {@code HEAD} is answered by the {@code GET} routes and
 * {@code OPTIONS} from the routes themselves (see {@link ApiServlet}).
 */
final class Routes {
    static final String METHODS = "GET, POST, PUT, DELETE";
    private static final Set<String> ROUTABLE = Set.of(METHODS.split(", "));

    /** Answers one routed request; {@code path} holds the values of the route's placeholders. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpServletRequest request, HttpServletResponse response, PathParameters path) throws IOException;
    }

    /** One declared route; {@code query} holds the names of the query parameters it accepts (no others). */
    record Route(String method, String pattern, List<String> segments, Set<String> query, Handler handler) {
        private int literals() {
            return (int) segments.stream().filter(s -> !isPlaceholder(s)).count();
        }

        /** The placeholder values when the request's segments fit this route's pattern. */
        private Optional<PathParameters> match(String[] path) {
            if (path.length != segments.size()) {
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < path.length; i++) {
                String segment = segments.get(i);
                if (isPlaceholder(segment)) {
                    values.put(segment.substring(1, segment.length() - 1), path[i]);
                } else if (!segment.equals(path[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(new PathParameters(values));
        }

        /** The pattern without placeholder names, so that {@code {id}} and {@code {name}} are the same place. */
        private String shape() {
            return segments.stream().map(s -> isPlaceholder(s) ? "{}" : s).collect(Collectors.joining("/"));
        }
    }

    /** The route that answers a request and the values of its placeholders. */
    record Found(Route route, PathParameters parameters) {}

    private final List<Route> routes = new ArrayList<>();

    /**
     * Adds a route.
     *
     * @throws IllegalArgumentException when the method cannot be routed, the pattern is malformed, or the method
     *     already has a route for the same pattern
     */
    void add(String method, String pattern, Handler handler) {
        add(method, pattern, Set.of(), handler);
    }

    /** Adds a route that accepts the named query parameters (and refuses any other). */
    void add(String method, String pattern, Set<String> query, Handler handler) {
        if (!ROUTABLE.contains(method)) {
            throw new IllegalArgumentException("cannot route " + method + "; routable are " + METHODS);
        }
        Route route = new Route(method, pattern, parse(pattern), Set.copyOf(query), handler);
        if (routes.stream().anyMatch(r -> r.method.equals(method) && r.shape().equals(route.shape()))) {
            throw new IllegalArgumentException(method + " '" + pattern + "' is routed twice");
        }
        routes.add(route);
    }

    /** The route of the method that answers the path segments, if any. */
    Optional<Found> find(String method, String[] path) {
        Found best = null;
        for (Route route : routes) {
            if (route.method.equals(method) && (best == null || route.literals() > best.route.literals())) {
                Optional<PathParameters> parameters = route.match(path);
                if (parameters.isPresent()) {
                    best = new Found(route, parameters.get());
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The methods with a route for the path segments, in the order they were first declared; empty when none. */
    Set<String> methodsFor(String[] path) {
        return routes.stream()
                .filter(r -> r.match(path).isPresent())
                .map(Route::method)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The routes as {@code METHOD /base/pattern}, comma separated: those of the method, or all when the method has
     * none. For the hint of a "no such resource" answer.
     */
    String describe(String method, String base) {
        boolean methodRouted = routes.stream().anyMatch(r -> r.method.equals(method));
        return routes.stream()
                .filter(r -> !methodRouted || r.method.equals(method))
                .map(r -> r.method + " " + base + (r.pattern.isEmpty() ? "" : "/" + r.pattern))
                .collect(Collectors.joining(", "));
    }

    private static List<String> parse(String pattern) {
        if (pattern.isEmpty()) {
            return List.of();
        }
        List<String> segments = List.of(pattern.split("/", -1));
        Set<String> names = new LinkedHashSet<>();
        for (String segment : segments) {
            boolean braces = segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0;
            if (segment.isEmpty() || braces && (!isPlaceholder(segment) || segment.length() == 2)) {
                throw new IllegalArgumentException("malformed route pattern '" + pattern
                        + "': segments are literals or {name}, separated by single slashes, no leading slash");
            }
            if (isPlaceholder(segment) && !names.add(segment)) {
                throw new IllegalArgumentException("route pattern '" + pattern + "' names " + segment + " twice");
            }
        }
        return segments;
    }

    private static boolean isPlaceholder(String segment) {
        return segment.startsWith("{")
                && segment.endsWith("}")
                && segment.indexOf('{', 1) < 0
                && segment.indexOf('}') == segment.length() - 1;
    }
}
