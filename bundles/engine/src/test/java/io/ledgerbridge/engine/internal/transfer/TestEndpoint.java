package io.ledgerbridge.engine.internal.transfer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP target for engine tests: {@code POST /documents} creates (counted per Idempotency-Key),
 * {@code GET /documents?key=} looks up; scripted failures (status, Retry-After, hang) come first.
 */
final class TestEndpoint implements AutoCloseable {
    record Failure(int status, String retryAfter, long hangMillis, boolean afterCreate) {}

    static {
        // without it the JDK server delays each small response by ~40 ms (Nagle + delayed ACK); read once per JVM
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    final Map<String, AtomicInteger> creates = new ConcurrentHashMap<>();
    final Map<String, String> ids = new ConcurrentHashMap<>();
    final Queue<Failure> script = new ConcurrentLinkedQueue<>();
    final AtomicInteger requests = new AtomicInteger();
    volatile long latencyMillis;

    TestEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/documents", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/documents";
    }

    void fail(int times, int status, String retryAfter) {
        for (int i = 0; i < times; i++) {
            script.add(new Failure(status, retryAfter, 0, false));
        }
    }

    /** The next create is stored but its answer is lost (the client times out): an uncertain attempt. */
    void loseAnswerOfNextCreate(long hangMillis) {
        script.add(new Failure(201, null, hangMillis, true));
    }

    int totalCreates() {
        return creates.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int duplicates() {
        return creates.values().stream().mapToInt(a -> Math.max(0, a.get() - 1)).sum();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        try (ex) {
            pause(latencyMillis);
            String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
            if ("GET".equals(ex.getRequestMethod())) {
                String q = ex.getRequestURI().getQuery();
                String id = q == null ? null : ids.get(q.replace("key=", ""));
                respond(ex, id == null ? 404 : 200, id == null ? "{}" : "{\"id\":\"" + id + "\"}", null);
                return;
            }
            Failure f = script.poll();
            if (f != null && !f.afterCreate()) {
                respond(ex, f.status(), "{\"error\":\"scripted\"}", f.retryAfter());
                return;
            }
            String id = ids.computeIfAbsent(key, k -> "r-" + ids.size());
            creates.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (f != null) {
                pause(f.hangMillis());
            }
            respond(ex, 201, "{\"id\":\"" + id + "\"}", null);
        }
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void respond(HttpExchange ex, int status, String body, String retryAfter) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (retryAfter != null) {
            ex.getResponseHeaders().add("Retry-After", retryAfter);
        }
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
