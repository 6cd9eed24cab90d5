package io.ledgerbridge.connector.webhook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.ledgerbridge.connector.tck.Configs;
import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentState;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.LineItem;
import io.ledgerbridge.model.Source;
import io.ledgerbridge.model.Totals;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook connector against a local endpoint: payload, signature, lookup before create, error mapping. */
class WebhookConnectorTest {
    private HttpServer server;
    private final Map<String, String> received = new ConcurrentHashMap<>();
    private final Map<String, String> signatures = new ConcurrentHashMap<>();
    private final AtomicInteger posts = new AtomicInteger();
    private final Queue<int[]> failures = new ConcurrentLinkedQueue<>();
    private WebhookConnector connector;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            try (ex) {
                String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
                int[] failure = failures.poll();
                if (failure != null) {
                    if (failure.length > 1) {
                        ex.getResponseHeaders().add("Retry-After", Integer.toString(failure[1]));
                    }
                    ex.sendResponseHeaders(failure[0], -1);
                    return;
                }
                String status;
                String body;
                if ("GET".equals(ex.getRequestMethod())) {
                    String q = ex.getRequestURI().getQuery().replace("idempotencyKey=", "");
                    status = received.containsKey(q) ? "200" : "404";
                    body = received.containsKey(q) ? "{\"id\":\"hook-" + q + "\"}" : "{}";
                } else {
                    posts.incrementAndGet();
                    received.put(key, new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    signatures.put(key, String.valueOf(ex.getRequestHeaders().getFirst("X-Ledgerbridge-Signature")));
                    status = "201";
                    body = "{\"id\":\"hook-" + key + "\"}";
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(Integer.parseInt(status), bytes.length);
                ex.getResponseBody().write(bytes);
            }
        });
        server.start();
        connector = new WebhookConnector(
                config("http://127.0.0.1:" + server.getAddress().getPort() + "/hook"));
    }

    @AfterEach
    void stop() {
        connector.deactivate();
        server.stop(0);
    }

    private static ConnectionContext context(String secret) {
        return new FakeContext("c1", "acme").secret("signingSecret", secret);
    }

    private static ExportRequest request(String key, boolean uncertain) {
        Document d = new Document(
                "d1",
                "acme",
                "s1",
                Source.PLATFORM,
                DocumentType.SALES_INVOICE,
                Direction.OUTGOING,
                "RE-1",
                LocalDate.of(2026, 11, 2),
                null,
                null,
                "EUR",
                List.of(new LineItem("x", BigDecimal.ONE, null, new BigDecimal("10.00"), new BigDecimal("19"))),
                new Totals(new BigDecimal("10.00"), new BigDecimal("1.90"), new BigDecimal("11.90")),
                null,
                List.of(),
                List.of(),
                DocumentState.INITIAL,
                Instant.EPOCH,
                Instant.EPOCH);
        return new ExportRequest(d, LifecycleEvent.FINALIZED, key, uncertain, 1);
    }

    @Test
    void postsTheDocumentSignedWithTheIdempotencyKey() {
        Outcome o = connector.export(context("s3cret"), request("t-1", false));
        assertEquals("hook-t-1", ((Outcome.Delivered) o).remoteId());
        String body = received.get("t-1");
        assertTrue(
                body.contains("\"number\":\"RE-1\"")
                        && body.contains("\"gross\":11.90")
                        && body.contains("\"issueDate\":\"2026-11-02\""),
                body);
        assertEquals(
                "sha256=" + WebhookClient.hmac("s3cret", body.getBytes(StandardCharsets.UTF_8)), signatures.get("t-1"));
    }

    @Test
    void afterAnUncertainAttemptItLooksUpBeforeCreating() {
        connector.export(context(null), request("t-2", false));
        Outcome again = connector.export(context(null), request("t-2", true));
        assertEquals("hook-t-2", ((Outcome.Delivered) again).remoteId());
        assertEquals(1, posts.get());
        connector.export(context(null), request("t-3", true));
        assertEquals(2, posts.get(), "not found by the lookup: created");
    }

    @Test
    void failuresAreTyped() {
        failures.add(new int[] {401});
        failures.add(new int[] {503});
        failures.add(new int[] {429, 7});
        assertEquals(FailureKind.AUTH, ((Outcome.Failed) connector.export(context(null), request("a", false))).kind());
        assertEquals(
                FailureKind.UNAVAILABLE,
                ((Outcome.Failed) connector.export(context(null), request("b", false))).kind());
        Outcome.Failed limited =
                assertInstanceOf(Outcome.Failed.class, connector.export(context(null), request("c", false)));
        assertEquals(FailureKind.RATE_LIMITED, limited.kind());
        assertEquals(Duration.ofSeconds(7), limited.retryAfter());
        assertEquals(0, posts.get());
    }

    @Test
    void urlsAreChecked() {
        assertEquals(List.of(), new WebhookType().validate(Map.of("url", "https://erp.example.com/hook")));
        assertEquals(
                "url",
                new WebhookType().validate(Map.of("url", "ftp:/nope")).get(0).field());
        assertTrue(connector.test(context(null)).ok());
    }

    static WebhookConfig config(String url) {
        return Configs.of(WebhookConfig.class, Map.of("url", url, "timeoutSeconds", 5));
    }
}
