package io.ledgerbridge.connector.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.model.spi.FailureKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transport failures against a real local server: which are certain and which may have reached the target. */
class HttpJsonTransportTest {

    private TestServer server;
    private HttpJson http;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        http = HttpJson.create(HttpSettings.builder("test")
                .responseTimeout(Duration.ofMillis(300))
                .build());
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    @Test
    void readTimeoutIsUncertainTransport() {
        server.hang("/slow");

        ConnectorException failure = assertThrows(
                ConnectorException.class,
                () -> http.send(Request.post(server.url("/slow")).json(Map.of("number", "RE-1"))));

        assertEquals(Kind.TRANSPORT, failure.kind());
        assertTrue(failure.uncertain(), "the request was sent: the target may have processed it");
        assertEquals(0, failure.httpStatus());
        assertTrue(failure.getMessage().contains("no response within 300 ms"), failure.getMessage());
        assertEquals(FailureKind.UNAVAILABLE, failure.toOutcome().kind());
    }

    @Test
    void perRequestResponseTimeoutOverridesTheSettings() throws Exception {
        server.hang("/slow");
        try (HttpJson patient = HttpJson.create(HttpSettings.builder("test").build())) {

            ConnectorException failure = assertThrows(
                    ConnectorException.class,
                    () -> patient.send(Request.get(server.url("/slow")).responseTimeout(Duration.ofMillis(200))));

            assertTrue(failure.getMessage().contains("no response within 200 ms"), failure.getMessage());
        }
    }

    @Test
    void connectionRefusedIsCertainTransport() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        ConnectorException failure = assertThrows(
                ConnectorException.class,
                () -> http.send(
                        Request.post("http://127.0.0.1:" + closedPort + "/api").json(Map.of("a", 1))));

        assertEquals(Kind.TRANSPORT, failure.kind());
        assertFalse(failure.uncertain(), "nothing was sent");
        assertTrue(
                failure.getMessage().startsWith("POST http://127.0.0.1:" + closedPort + "/api: could not connect"),
                failure.getMessage());
    }

    @Test
    void connectionClosedWithoutAnswerIsUncertainTransport() {
        server.handle("/drop", exchange -> exchange.close());

        ConnectorException failure = assertThrows(
                ConnectorException.class,
                () -> http.send(Request.post(server.url("/drop")).json(Map.of("a", 1))));

        assertEquals(Kind.TRANSPORT, failure.kind());
        assertTrue(failure.uncertain());
    }

    @Test
    void exhaustedPoolIsCertainTransport() throws Exception {
        server.hang("/slow");
        try (HttpJson single = HttpJson.create(HttpSettings.builder("test")
                .maxConnectionsPerRoute(1)
                .maxConnectionsTotal(1)
                .connectTimeout(Duration.ofMillis(200))
                .responseTimeout(Duration.ofSeconds(20))
                .build())) {
            CompletableFuture<Void> occupying = CompletableFuture.runAsync(() -> {
                try {
                    single.send(Request.get(server.url("/slow")));
                } catch (ConnectorException e) {
                    // ends when the client closes
                }
            });
            server.next(); // the first call holds the only connection now

            ConnectorException failure =
                    assertThrows(ConnectorException.class, () -> single.send(Request.get(server.url("/slow"))));

            assertEquals(Kind.TRANSPORT, failure.kind());
            assertFalse(failure.uncertain(), "the request never left the pool");
            assertTrue(failure.getMessage().contains("no free connection"), failure.getMessage());
            single.close();
            occupying.get(5, TimeUnit.SECONDS);
        }
    }
}
