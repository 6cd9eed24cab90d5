package io.ledgerbridge.connector.webhook.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook endpoint as the README asks for, on a free loopback port: stores every signed POST as a new delivery (it
 * does not deduplicate, so the connector's lookup must), answers the lookup GET, and can refuse everyone with 401.
 */
final class WebhookEndpoint implements AutoCloseable {
    static final String PATH = "/hooks/ledgerbridge";
    static final String THREADS = "webhook-endpoint-";

    /** One received POST. */
    record Delivery(String id, String idempotencyKey, JsonNode body) {}

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, THREADS + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final HttpServer server;
    private final String secret;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, String> idsByKey = new ConcurrentHashMap<>();
    private volatile int refusal;

    WebhookEndpoint(String signingSecret) {
        this.secret = signingSecret;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(workers);
        server.createContext(PATH, this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** Answers every request with this status from now on, as access rules in front of an endpoint do; 0 ends it. */
    void refuseWith(int status) {
        refusal = status;
    }

    void reset() {
        refusal = 0;
        deliveries.clear();
        idsByKey.clear();
    }

    /** How many deliveries carried a document with this number. */
    long deliveriesOf(String documentNumber) {
        return deliveries.stream()
                .filter(d -> documentNumber.equals(
                        d.body().path("document").path("number").asText()))
                .count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (refusal != 0) {
                answer(exchange, refusal, "{\"message\":\"access denied\"}");
            } else if ("GET".equals(exchange.getRequestMethod())) {
                String query = String.valueOf(exchange.getRequestURI().getQuery());
                String id = idsByKey.get(query.replaceFirst("^idempotencyKey=", ""));
                answer(exchange, id == null ? 404 : 200, id == null ? "{}" : "{\"id\":\"" + id + "\"}");
            } else if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "{\"message\":\"GET or POST\"}");
            } else if (secret != null
                    && !("sha256=" + WebhookClient.hmac(secret, body))
                            .equals(exchange.getRequestHeaders().getFirst("X-Ledgerbridge-Signature"))) {
                answer(exchange, 401, "{\"message\":\"the signature does not match\"}");
            } else {
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                String id = "hook-" + (deliveries.size() + 1);
                deliveries.add(new Delivery(id, key, json.readTree(body)));
                idsByKey.put(key, id);
                answer(exchange, 201, "{\"id\":\"" + id + "\"}");
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
