package io.ledgerbridge.connector.tck.reference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small invoicing service for the TCK's own tests: account {@code main} under {@code /api/main}, a token in
 * {@code Authorization: Token <t>}, {@code GET /me}, {@code GET /invoices?number=}, {@code POST /invoices}.
 */
public final class ReferenceTarget implements AutoCloseable {
    public static final String TOKEN = "ref-token-5f1e2d3c4b";
    public static final String THREADS = "reference-target-";
    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]*)\"");

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, THREADS + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final HttpServer server;
    private final Map<String, String> invoices = new ConcurrentHashMap<>();
    private final Map<String, Integer> creates = new ConcurrentHashMap<>();
    private volatile boolean permission = true;

    public ReferenceTarget() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(workers);
        server.createContext("/api/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    public void reset() {
        invoices.clear();
        creates.clear();
        permission = true;
    }

    public void withoutPermission() {
        permission = false;
    }

    public int created(String number) {
        return creates.getOrDefault(number, 0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith("/api/main/")) {
                answer(exchange, 404, "{\"message\":\"there is no such account\"}");
            } else if (!("Token " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"message\":\"the token is not valid\"}");
            } else if (!permission) {
                answer(exchange, 403, "{\"message\":\"the token may not use the API\"}");
            } else if (path.endsWith("/me")) {
                answer(exchange, 200, "{\"name\":\"Reference account\"}");
            } else if ("GET".equals(exchange.getRequestMethod())) {
                String number =
                        String.valueOf(exchange.getRequestURI().getQuery()).replaceFirst("^number=", "");
                String id = invoices.get(number);
                answer(exchange, id == null ? 404 : 200, id == null ? "{}" : "{\"id\":\"" + id + "\"}");
            } else {
                Matcher m = NUMBER.matcher(body);
                String number = m.find() ? m.group(1) : "";
                String id = "inv-" + (invoices.size() + 1);
                invoices.put(number, id);
                creates.merge(number, 1, Integer::sum);
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
