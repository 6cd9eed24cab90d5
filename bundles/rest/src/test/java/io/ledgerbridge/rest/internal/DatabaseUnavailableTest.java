package io.ledgerbridge.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached is answered 503 with Retry-After by every {@link ApiServlet}; other failures 500. */
class DatabaseUnavailableTest {
    /** A servlet whose one route fails as the storage layer does: a runtime exception around the SQLException. */
    private static final class FailingServlet extends ApiServlet {
        private static final long serialVersionUID = 1L;

        FailingServlet(SQLException cause) {
            route("POST", "", (req, resp, path) -> {
                throw new IllegalStateException("database error: " + cause.getMessage(), cause);
            });
        }
    }

    private static FakeHttp.Response post(SQLException cause) throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();
        new FailingServlet(cause).service(FakeHttp.request("POST", null), response.servletResponse);
        return response;
    }

    @Test
    void aRefusedConnectionIs503WithRetryAfterAndSaysNothingWasStored() throws Exception {
        SQLException refused = new SQLException(
                "Cannot create PoolableConnectionFactory",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
        FakeHttp.Response response = post(refused);
        assertEquals(503, response.status);
        assertEquals("5", response.headers.get("Retry-After"));
        JsonNode error = Json.MAPPER.readTree(response.body()).get("error");
        assertEquals(503, error.get("status").asInt());
        assertEquals(DatabaseUnavailable.MESSAGE, error.get("message").asText());
        assertTrue(error.get("message").asText().contains("nothing was stored"));
    }

    @Test
    void aPoolTimeoutIs503() throws Exception {
        assertEquals(503, post(new SQLTransientConnectionException("pool timed out")).status);
    }

    @Test
    void anotherDatabaseErrorStays500WithoutRetryAfter() throws Exception {
        FakeHttp.Response response = post(new SQLException("duplicate key", "23505"));
        assertEquals(500, response.status);
        assertNull(response.headers.get("Retry-After"));
        assertFalse(response.body().contains("duplicate key"), "no internals in the answer");
    }
}
