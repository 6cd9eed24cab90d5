package io.ledgerbridge.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.model.service.NotFoundException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The routing of {@link ApiServlet}, through a servlet with a few routes and the servlet container faked. */
class ApiServletTest {
    /** A servlet at {@code /api/v1/things}. */
    private static final class ThingsServlet extends ApiServlet {
        private static final long serialVersionUID = 1L;

        ThingsServlet() {
            route("GET", "", (req, resp, path) -> Json.write(resp, 200, Map.of("items", List.of())));
            route("GET", "{id}", (req, resp, path) -> Json.write(resp, 200, Map.of("id", path.get("id"))));
            route("DELETE", "{id}", (req, resp, path) -> resp.setStatus(204));
            route("POST", "{id}/test", (req, resp, path) -> {
                resp.setHeader("Location", "/api/v1/things/" + path.get("id"));
                Json.write(resp, 201, Map.of("tested", path.get("id")));
            });
            route("GET", "{id}/missing", (req, resp, path) -> {
                throw new NotFoundException("thing '" + path.get("id") + "' not found");
            });
            route("GET", "{id}/refused", (req, resp, path) -> {
                throw new Json.BadRequest(403, "not yours", List.of());
            });
        }
    }

    private final ThingsServlet servlet = new ThingsServlet();

    private FakeHttp.Response send(String method, String pathInfo) throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();
        servlet.service(FakeHttp.request(method, pathInfo), response.servletResponse);
        return response;
    }

    private static void assertAnswer(int status, String body, FakeHttp.Response response) {
        assertEquals(status, response.status);
        assertEquals(body, response.body());
    }

    private static JsonNode error(FakeHttp.Response response) throws Exception {
        return Json.MAPPER.readTree(response.body()).get("error");
    }

    @Test
    void runsTheRouteOfMethodAndPathWithItsParameters() throws Exception {
        assertAnswer(200, "{\"items\":[]}", send("GET", null));
        assertAnswer(200, "{\"items\":[]}", send("GET", "/"));
        assertAnswer(200, "{\"id\":\"c1\"}", send("GET", "/c1"));
        FakeHttp.Response tested = send("POST", "/c1/test");
        assertAnswer(201, "{\"tested\":\"c1\"}", tested);
        assertEquals("/api/v1/things/c1", tested.headers.get("Location"));
        assertAnswer(204, "", send("DELETE", "/c1"));
    }

    @Test
    void anUnknownPathIs404NamingTheRoutesOfTheMethod() throws Exception {
        FakeHttp.Response response = send("POST", "/c1/explode");
        assertEquals(404, response.status);
        assertEquals(
                "no such resource: POST /api/v1/things/c1/explode (routes: POST /api/v1/things/{id}/test)",
                error(response).get("message").asText());
        assertNull(response.headers.get("Allow"));
    }

    @Test
    void anUnknownPathOfAMethodWithoutRoutesIs404NamingAllRoutes() throws Exception {
        FakeHttp.Response response = send("PUT", "/c1/x/y");
        assertEquals(404, response.status);
        assertEquals(
                "no such resource: PUT /api/v1/things/c1/x/y (routes: GET /api/v1/things, "
                        + "GET /api/v1/things/{id}, DELETE /api/v1/things/{id}, POST /api/v1/things/{id}/test, "
                        + "GET /api/v1/things/{id}/missing, GET /api/v1/things/{id}/refused)",
                error(response).get("message").asText());
    }

    @Test
    void aKnownPathWithAnotherMethodIs405WithAllow() throws Exception {
        FakeHttp.Response put = send("PUT", "/c1");
        assertEquals(405, put.status);
        assertEquals("GET, HEAD, DELETE, OPTIONS", put.headers.get("Allow"));
        assertEquals(405, error(put).get("status").asInt());
        assertEquals(
                "PUT is not answered at /api/v1/things/c1 (allowed: GET, HEAD, DELETE, OPTIONS)",
                error(put).get("message").asText());
        FakeHttp.Response post = send("POST", null);
        assertEquals(405, post.status);
        assertEquals("GET, HEAD, OPTIONS", post.headers.get("Allow"));
    }

    @Test
    void headRunsTheGetRouteWithoutItsBody() throws Exception {
        FakeHttp.Response response = send("HEAD", "/c1");
        assertAnswer(200, "", response);
        assertEquals("application/json", response.headers.get("Content-Type"));
    }

    @Test
    void optionsAnswersTheMethodsOfThePath() throws Exception {
        FakeHttp.Response response = send("OPTIONS", "/c1/test");
        assertAnswer(200, "", response);
        assertEquals("POST, OPTIONS", response.headers.get("Allow"));
        assertEquals(404, send("OPTIONS", "/c1/explode").status);
    }

    @Test
    void exceptionsOfTheRoutesBecomeTheApiErrors() throws Exception {
        FakeHttp.Response missing = send("GET", "/c1/missing");
        assertEquals(404, missing.status);
        assertEquals("thing 'c1' not found", error(missing).get("message").asText());
        FakeHttp.Response refused = send("GET", "/c1/refused");
        assertEquals(403, refused.status);
        assertEquals("not yours", error(refused).get("message").asText());
        assertFalse(refused.headers.containsKey("Allow"));
    }
}
