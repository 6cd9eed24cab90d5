package io.ledgerbridge.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutesTest {
    private static final Routes.Handler NOTHING = (request, response, path) -> {};

    private final Routes routes = new Routes();

    private static String[] path(String... segments) {
        return segments;
    }

    /** Declares routes written as {@code "METHOD pattern"} ({@code "GET "}: the empty pattern) that answer nothing. */
    private void declare(String... routesToDeclare) {
        for (String route : routesToDeclare) {
            String[] methodAndPattern = route.split(" ", -1);
            routes.add(methodAndPattern[0], methodAndPattern[1], NOTHING);
        }
    }

    /** The pattern of the route that answers the method and path segments. */
    private String routeOf(String method, String... segments) {
        return routes.find(method, segments).orElseThrow().route().pattern();
    }

    @Test
    void matchesLiteralsAndHandsPlaceholdersOverByName() {
        declare("GET ", "GET connectors/{id}/form");
        Routes.Found found =
                routes.find("GET", path("connectors", "sevdesk", "form")).orElseThrow();
        assertEquals("connectors/{id}/form", found.route().pattern());
        assertEquals(Map.of("id", "sevdesk"), found.parameters().values());
        assertEquals("", routeOf("GET"));
        assertEquals(Optional.empty(), routes.find("GET", path("connectors", "sevdesk", "impact")));
        assertEquals(Optional.empty(), routes.find("GET", path("connectors", "sevdesk")));
        assertEquals(Optional.empty(), routes.find("POST", path("connectors", "sevdesk", "form")));
    }

    @Test
    void placeholdersTakeAnySegmentButTheCountMustFit() {
        declare("POST {id}/test");
        assertEquals(
                "",
                routes.find("POST", path("", "test")).orElseThrow().parameters().get("id"),
                "an empty segment, as in //test, is a value like any other");
        assertEquals(
                Optional.empty(), routes.find("POST", path("c1", "test", "")), "a trailing slash is one more segment");
    }

    @Test
    void theRouteWithMoreLiteralsWinsWhateverTheOrder() {
        declare("GET {id}", "GET status", "GET {id}/{part}", "GET {id}/settings");
        assertEquals("status", routeOf("GET", "status"));
        assertEquals("{id}", routeOf("GET", "c1"));
        assertEquals("{id}/settings", routeOf("GET", "c1", "settings"));
        assertEquals("{id}/{part}", routeOf("GET", "c1", "other"));
    }

    @Test
    void tellsWhichMethodsAPathHas() {
        declare("GET {id}", "DELETE {id}", "POST {id}/test", "PUT {id}");
        assertEquals(Set.of("GET", "DELETE", "PUT"), routes.methodsFor(path("c1")));
        assertEquals(Set.of("POST"), routes.methodsFor(path("c1", "test")));
        assertTrue(routes.methodsFor(path("c1", "retry")).isEmpty());
    }

    @Test
    void describesTheRoutesOfTheMethodOrAllWhenItHasNone() {
        declare("GET ", "POST ", "POST {id}/test");
        assertEquals("POST /api/v1/things, POST /api/v1/things/{id}/test", routes.describe("POST", "/api/v1/things"));
        assertEquals("GET /api/v1/things", routes.describe("GET", "/api/v1/things"));
        assertEquals(
                "GET /api/v1/things, POST /api/v1/things, POST /api/v1/things/{id}/test",
                routes.describe("PUT", "/api/v1/things"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEAD", "OPTIONS", "PATCH", "get"})
    void refusesMethodsThatAreNotRouted(String method) {
        assertThrows(IllegalArgumentException.class, () -> routes.add(method, "", NOTHING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/jobs", "jobs/", "jobs//{id}", "{}", "{id", "id}", "a{id}", "{a}{b}", "{id}/x/{id}"})
    void refusesMalformedPatterns(String pattern) {
        assertThrows(IllegalArgumentException.class, () -> routes.add("GET", pattern, NOTHING));
    }

    @Test
    void refusesTheSameRouteTwiceEvenWithOtherPlaceholderNames() {
        declare("GET {id}", "DELETE {id}");
        assertThrows(IllegalArgumentException.class, () -> routes.add("GET", "{name}", NOTHING));
    }

    @Test
    void askingForAnUndeclaredPlaceholderIsAMistake() {
        PathParameters parameters = new PathParameters(Map.of("id", "c1"));
        assertEquals("c1", parameters.get("id"));
        assertThrows(IllegalArgumentException.class, () -> parameters.get("name"));
    }
}
