package io.ledgerbridge.itests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * A flaky target for tests: an HTTP proxy between Karaf and a target that answers some requests with faults. The
 * faults follow a seeded schedule, so the n-th request always gets the same one: every {@code burstEvery} requests
 * a burst of {@code burstLength} 429s with {@code Retry-After}; otherwise, drawn from a {@link Random} with the seed,
 * a 5xx without forwarding, or a timeout (forwarded, so the target accepts it, and its answer held longer than the
 * caller waits, then dropped), else the request passes through. One transfer (the {@code Idempotency-Key} header or
 * {@code idempotencyKey} parameter of its requests, else method and path) gets at most {@code maxFaultsPerKey} faults:
 * flaky, not down, so every transfer can be delivered within a bounded number of attempts whatever order the
 * requests come in (with concurrent callers the n-th request belongs to a different transfer from run to run).
 */
public final class FaultProxy implements AutoCloseable {
    /** What the proxy did with a request. */
    public enum Fault {
        PASSED,
        SERVER_ERROR,
        TIMEOUT,
        RATE_LIMITED
    }

    /**
     * The fault mix.
     *
     * @param serverErrors share of 5xx answers among requests outside bursts
     * @param timeouts share of held answers among requests outside bursts
     * @param burstEvery a burst of 429s starts at every this many requests
     * @param burstLength 429s per burst
     * @param retryAfterSeconds the {@code Retry-After} of each 429
     * @param hold how long a timed-out request's answer is held before the connection is dropped
     * @param maxFaultsPerKey faults one transfer gets at most; its later requests pass through
     */
    public record Mix(
            double serverErrors,
            double timeouts,
            int burstEvery,
            int burstLength,
            int retryAfterSeconds,
            Duration hold,
            int maxFaultsPerKey) {}

    private static final Set<String> HOP_HEADERS =
            Set.of("host", "connection", "content-length", "expect", "upgrade", "transfer-encoding", "keep-alive");
    private static final List<Integer> SERVER_ERRORS = List.of(500, 502, 503);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String target;
    private final Mix mix;
    private final Random random;
    private final Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
    private final Map<String, Integer> faultsByKey = new HashMap<>();
    private int requests;

    /** Starts the proxy on a free port, forwarding to the target's root (e.g. {@code http://127.0.0.1:1234}). */
    public FaultProxy(String target, Mix mix, long seed) throws IOException {
        this.target = target;
        this.mix = mix;
        this.random = new Random(seed);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The proxy's root: a target URL with the target's root replaced by this. */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests got each treatment so far. */
    public synchronized Map<Fault, Integer> counts() {
        return new EnumMap<>(counts);
    }

    /** The next treatment of the seeded schedule; a fault for a key that had its share passes through instead. */
    private synchronized Fault next(String key) {
        int n = requests++;
        Fault fault;
        if (n % mix.burstEvery() >= mix.burstEvery() - mix.burstLength()) {
            fault = Fault.RATE_LIMITED;
        } else {
            double r = random.nextDouble();
            fault = r < mix.serverErrors()
                    ? Fault.SERVER_ERROR
                    : r < mix.serverErrors() + mix.timeouts() ? Fault.TIMEOUT : Fault.PASSED;
        }
        if (fault != Fault.PASSED && faultsByKey.merge(key, 1, Integer::sum) > mix.maxFaultsPerKey()) {
            fault = Fault.PASSED;
        }
        counts.merge(fault, 1, Integer::sum);
        return fault;
    }

    private static String key(HttpExchange ex) {
        String header = ex.getRequestHeaders().getFirst("Idempotency-Key");
        String query = ex.getRequestURI().getRawQuery();
        if (header == null && query != null) {
            header = Stream.of(query.split("&"))
                    .filter(pair -> pair.startsWith("idempotencyKey="))
                    .map(pair -> pair.substring("idempotencyKey=".length()))
                    .findFirst()
                    .orElse(null);
        }
        return header != null
                ? header
                : ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            Fault fault = next(key(ex));
            switch (fault) {
                case RATE_LIMITED -> {
                    ex.getResponseHeaders().add("Retry-After", Integer.toString(mix.retryAfterSeconds()));
                    answer(ex, 429, "{\"error\":\"too many requests (fault proxy)\"}");
                }
                case SERVER_ERROR ->
                    answer(ex, SERVER_ERRORS.get(requests % SERVER_ERRORS.size()), "{\"error\":\"fault proxy\"}");
                case TIMEOUT -> {
                    forward(ex, body);
                    Thread.sleep(mix.hold().toMillis()); // the caller gave up meanwhile; closing drops the answer
                }
                case PASSED -> {
                    HttpResponse<byte[]> response = forward(ex, body);
                    response.headers().firstValue("Content-Type").ifPresent(type -> ex.getResponseHeaders()
                            .add("Content-Type", type));
                    send(ex, response.statusCode(), response.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange ex, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + ex.getRequestURI()))
                .timeout(Duration.ofSeconds(30))
                .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        ex.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void answer(HttpExchange ex, int status, String json) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        send(ex, status, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
