package io.ledgerbridge.itests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver for tests: counts creates per Idempotency-Key (so duplicates show) and answers the lookup
 * {@code GET ?idempotencyKey=} the webhook connector makes after uncertain attempts.
 */
public final class CountingEndpoint implements AutoCloseable {
    static {
        // without it the JDK server delays each small response by ~40 ms (Nagle + delayed ACK); read once per JVM
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final Map<String, AtomicInteger> creates = new ConcurrentHashMap<>();
    private volatile long latencyMillis;
    private volatile int rejectStatus;

    public CountingEndpoint(int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.createContext("/hook", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public void latency(long millis) {
        this.latencyMillis = millis;
    }

    /** Answers every POST with this status (0: accept again) without storing anything. */
    public void rejectWith(int status) {
        this.rejectStatus = status;
    }

    public int distinct() {
        return creates.size();
    }

    public int duplicates() {
        return creates.values().stream().mapToInt(a -> a.get() - 1).sum();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (latencyMillis > 0) {
                Thread.sleep(latencyMillis);
            }
            String body;
            int status;
            if ("GET".equals(ex.getRequestMethod())) {
                String query = ex.getRequestURI().getQuery();
                String key = query == null ? "" : query.replace("idempotencyKey=", "");
                status = creates.containsKey(key) ? 200 : 404;
                body = status == 200 ? "{\"id\":\"" + key + "\"}" : "{}";
            } else if (rejectStatus != 0) {
                ex.getRequestBody().readAllBytes();
                status = rejectStatus;
                body = "{\"error\":\"rejected by the test\"}";
            } else {
                ex.getRequestBody().readAllBytes();
                String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
                creates.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                status = 201;
                body = "{\"id\":\"" + key + "\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
