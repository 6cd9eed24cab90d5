package io.ledgerbridge.connector.onecockpit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the OneCockpit API on a free loopback port, as faithful as the TCK needs: bearer tokens
 * (401 for an unknown one, 403 on documents for a token without rights), {@code GET /me}, lookup by external id,
 * create with validation (422 with OneCockpit's error envelope; like most APIs it takes the same external id
 * twice, so duplicates show) and 404 outside the API. Extend it as the real API is learnt.
 */
final class OneCockpitSimulator implements AutoCloseable {
    static final String TOKEN = "onecockpit-test-token-0123456789";
    static final String TOKEN_WITHOUT_RIGHTS = "onecockpit-read-only-token-9876543210";
    static final String API_PATH = "/v1";
    static final String THREADS = "onecockpit-simulator";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, List<ObjectNode>> documents = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, THREADS);
        t.setDaemon(true);
        return t;
    });
    private final HttpServer server;

    private OneCockpitSimulator() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    static OneCockpitSimulator start() {
        try {
            return new OneCockpitSimulator();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the OneCockpit simulator", e);
        }
    }

    /** The base URL a connection is configured with. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API_PATH;
    }

    /** How many documents were created with this external id. */
    int timesCreated(String externalId) {
        return documents.getOrDefault(externalId, List.of()).size();
    }

    /** Forgets every document. */
    void reset() {
        documents.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String method = exchange.getRequestMethod();
            if (!path.startsWith(API_PATH + "/")) {
                reply(exchange, 404, error("no such endpoint: " + path));
            } else if (!("Bearer " + TOKEN).equals(auth) && !("Bearer " + TOKEN_WITHOUT_RIGHTS).equals(auth)) {
                reply(exchange, 401, error("invalid or expired token"));
            } else if (path.equals(API_PATH + "/me") && method.equals("GET")) {
                reply(exchange, 200, JSON.createObjectNode().put("name", "OneCockpit Demo GmbH"));
            } else if (!path.equals(API_PATH + "/documents")) {
                reply(exchange, 404, error("no such endpoint: " + path));
            } else if (("Bearer " + TOKEN_WITHOUT_RIGHTS).equals(auth)) {
                reply(exchange, 403, error("this token lacks the scope documents:write"));
            } else if (method.equals("GET")) {
                reply(exchange, 200, lookup(query(exchange, "externalId")));
            } else if (method.equals("POST")) {
                create(exchange, JSON.readTree(body));
            } else {
                reply(exchange, 405, error("method not allowed"));
            }
        }
    }

    private JsonNode lookup(String externalId) {
        ObjectNode list = JSON.createObjectNode();
        ArrayNode items = list.putArray("items");
        documents.getOrDefault(externalId == null ? "" : externalId, List.of()).forEach(d -> items.add(ref(d)));
        return list;
    }

    private void create(HttpExchange exchange, JsonNode document) throws IOException {
        List<String[]> problems = new ArrayList<>();
        if (document.path("number").asText("").isBlank()) {
            problems.add(new String[] {"number", "number is required"});
        }
        if (!document.path("currency").asText("").matches("[A-Z]{3}")) {
            problems.add(new String[] {"currency", "currency must be an ISO 4217 code"});
        }
        if (document.path("lines").isEmpty()) {
            problems.add(new String[] {"lines", "a document needs at least one line"});
        }
        String externalId = document.path("externalId").asText("");
        if (!problems.isEmpty()) {
            reply(exchange, 422, validation(problems));
        } else {
            ObjectNode stored = ((ObjectNode) document.deepCopy()).put("id", "remote-" + nextId.getAndIncrement());
            documents
                    .computeIfAbsent(externalId, k -> new CopyOnWriteArrayList<>())
                    .add(stored);
            reply(exchange, 201, ref(stored));
        }
    }

    private ObjectNode ref(JsonNode document) {
        return JSON.createObjectNode()
                .put("id", document.path("id").asText())
                .put("externalId", document.path("externalId").asText());
    }

    /** The body of OneCockpit's 422 for one broken rule, as the simulator answers it. */
    static String validationReply(String field, String message) {
        return validation(List.<String[]>of(new String[] {field, message})).toString();
    }

    /** OneCockpit's error envelope: {"error":{"message":…}}, with "status" and "validationErrors" for a 422. */
    private static ObjectNode error(String message) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("message", message);
        return root;
    }

    private static ObjectNode validation(List<String[]> problems) {
        ObjectNode root = error("the document breaks " + problems.size() + " rule(s)");
        ArrayNode errors = ((ObjectNode) root.get("error")).put("status", 422).putArray("validationErrors");
        problems.forEach(p -> errors.addObject().put("field", p[0]).put("message", p[1]));
        return root;
    }

    private void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
