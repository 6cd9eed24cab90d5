package io.ledgerbridge.connector.tck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy on a free loopback port between a connector and its target (simulator): forwards every request
 * unchanged, except those an injected {@link ProxyFault} catches. So faults need no support from the target.
 * Its threads are named {@code ledgerbridge-tck-…}.
 */
public final class FaultProxy implements AutoCloseable {
    /** Prefix of every thread the TCK starts. */
    public static final String THREAD_PREFIX = "ledgerbridge-tck-";

    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "content-length",
            "expect",
            "host",
            "upgrade",
            "transfer-encoding",
            "keep-alive",
            "te",
            "trailer",
            "proxy-connection");
    private static final HttpClient FORWARDER = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newCachedThreadPool(daemons(THREAD_PREFIX + "forward-")))
            .build();

    private final URI target;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool(daemons(THREAD_PREFIX + "proxy-"));
    private final List<Armed> faults = new ArrayList<>();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger forwarded = new AtomicInteger();
    private volatile CountDownLatch release = new CountDownLatch(1);

    private FaultProxy(String targetUrl) throws IOException {
        URI uri = URI.create(targetUrl);
        this.target = URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts a proxy in front of a target.
     *
     * @param targetUrl any URL of the target; requests go to its scheme, host and port
     * @return the running proxy
     */
    public static FaultProxy start(String targetUrl) {
        try {
            return new FaultProxy(targetUrl);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fault proxy", e);
        }
    }

    /**
     * The URL to give the connector instead of a target URL: the same path and query on the proxy.
     *
     * @param targetUrl a URL of the target, e.g. {@code http://127.0.0.1:8281/api/v1}
     * @return e.g. {@code http://127.0.0.1:54321/api/v1}
     */
    public String url(String targetUrl) {
        URI uri = URI.create(targetUrl);
        return "http://127.0.0.1:" + server.getAddress().getPort()
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** @param fault applies to the next matching requests, after the faults injected before it */
    public synchronized void inject(ProxyFault fault) {
        faults.add(new Armed(fault));
    }

    /** Drops every fault and ends every request held by {@link ProxyFault#hang()}. */
    public synchronized void clearFaults() {
        faults.clear();
        release.countDown();
        release = new CountDownLatch(1);
    }

    /** @return requests the proxy received so far */
    public int received() {
        return received.get();
    }

    /** @return requests it passed on to the target so far */
    public int forwarded() {
        return forwarded.get();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        received.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        ProxyFault fault =
                take(exchange.getRequestMethod(), exchange.getRequestURI().toString());
        try (exchange) {
            if (fault == null) {
                Reply reply = forward(exchange, body);
                respond(exchange, reply.status(), reply.response(), reply.body());
                return;
            }
            switch (fault.action()) {
                case RESPOND -> respond(exchange, fault, fault.body().getBytes(StandardCharsets.UTF_8));
                case ECHO -> respond(exchange, fault, Echo.of(exchange, body));
                case HANG -> hold();
                case LOSE_RESPONSE -> forward(exchange, body);
                case DROP -> {} // closing an exchange before its headers are sent closes the connection
            }
        }
    }

    private synchronized ProxyFault take(String method, String pathAndQuery) {
        for (Armed armed : faults) {
            if (armed.fault.matches(method, pathAndQuery)) {
                if (armed.skipped < armed.fault.skip()) {
                    armed.skipped++;
                    return null;
                }
                if (++armed.used >= armed.fault.times()) {
                    faults.remove(armed);
                }
                return armed.fault;
            }
        }
        return null;
    }

    private void hold() {
        try {
            release.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the proxy is closing
        }
    }

    private Reply forward(HttpExchange exchange, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        target.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofMinutes(2))
                .method(
                        exchange.getRequestMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        forwarded.incrementAndGet();
        try {
            HttpResponse<byte[]> response = FORWARDER.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response, response.body());
        } catch (IOException e) {
            return new Reply(
                    502,
                    null,
                    ("{\"message\":\"the proxy cannot reach the target: " + e + "\"}")
                            .replace('\\', '/')
                            .getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(502, null, new byte[0]);
        }
    }

    private static void respond(HttpExchange exchange, int status, HttpResponse<byte[]> from, byte[] body)
            throws IOException {
        if (from != null) {
            from.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    private static void respond(HttpExchange exchange, ProxyFault fault, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", fault.contentType());
        fault.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        respond(exchange, fault.status(), null, body);
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A fault with how often it has been passed over and used. */
    private static final class Armed {
        final ProxyFault fault;
        int skipped;
        int used;

        Armed(ProxyFault fault) {
            this.fault = fault;
        }
    }

    private record Reply(int status, HttpResponse<byte[]> response, byte[] body) {}
}
