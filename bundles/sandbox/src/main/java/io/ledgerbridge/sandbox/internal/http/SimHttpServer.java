package io.ledgerbridge.sandbox.internal.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.RecordedRequest;
import io.ledgerbridge.sandbox.internal.control.ControlPanel;
import io.ledgerbridge.sandbox.internal.control.ControlRoutes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HttpServer shared by all simulators: a small fixed worker pool, {@code /__sim} control routing, then for
 * API requests latency and faults (scheduled on a timer, never blocking a worker), the simulator, and the log.
 */
public final class SimHttpServer implements AutoCloseable {

    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** JDK logging, so test classpaths need no SLF4J; Karaf's pax-logging picks it up. */
    private static final System.Logger LOG = System.getLogger(SimHttpServer.class.getName());

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK add ~40 ms to every response. The flag is read once, when the JDK's server
        // configuration class loads, so it must be set before the first HttpServer is created in this JVM.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final HeldExchanges held;
    private final SimulatedApi api;
    private final ControlPanel panel;
    private final Router controlRouter;
    private final Clock clock;
    private final String rootUrl;

    public SimHttpServer(
            String name,
            String host,
            int port,
            int threads,
            Clock clock,
            SimulatedApi api,
            ControlPanel panel,
            Router controlRouter) {
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the " + name + " simulator to " + host + ":" + port, e);
        }
        this.api = api;
        this.panel = panel;
        this.controlRouter = controlRouter;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads("sandbox-" + name));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("sandbox-" + name + "-timer"));
        this.held = new HeldExchanges(timer);
        panel.onReset(held::releaseAll);
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
        this.rootUrl = "http://" + urlHost(host) + ":" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String rootUrl() {
        return rootUrl;
    }

    @Override
    public void close() {
        server.stop(0);
        held.releaseAll();
        timer.shutdownNow();
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        long startNanos = System.nanoTime();
        SimRequest request = read(exchange);
        if (request == null) {
            return;
        }
        if (request.path().startsWith("/__sim")) {
            send(exchange, request, control(request));
            return;
        }
        if (request.body().length > MAX_BODY_BYTES) {
            answerWith(exchange, request, error(request, new ApiException(413, "Request body too large")), startNanos);
            return;
        }
        Fault fault = panel.faultInjector().take(request.method(), request.path(), api.relativePath(request.path()));
        long delay = panel.latency().toMillis()
                + (fault != null && fault.kind() == Fault.Kind.DELAY
                        ? fault.duration().toMillis()
                        : 0);
        if (delay <= 0) {
            answer(exchange, request, fault, startNanos);
            return;
        }
        try {
            timer.schedule(
                    () -> runOnWorker(exchange, () -> answer(exchange, request, fault, startNanos)),
                    delay,
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange, SimRequest request, Fault fault, long startNanos) {
        Fault.Kind kind = fault == null ? Fault.Kind.DELAY : fault.kind();
        if (kind == Fault.Kind.STATUS) {
            answerWith(
                    exchange, request, error(request, new ApiException(fault.status(), fault.message())), startNanos);
            return;
        }
        if (kind == Fault.Kind.DELAY) {
            answerWith(exchange, request, safeHandle(request), startNanos);
            return;
        }
        if (kind.accepts()) {
            safeHandle(request); // performed and counted; the client never sees the answer
        }
        record(request, 0, startNanos);
        if (kind.holds()) {
            held.hold(exchange, fault.duration());
        } else {
            exchange.close(); // no response headers sent yet: the connection is closed, the client sees EOF
        }
    }

    /** Logs before sending, so a client that has its answer always finds the request in the log. */
    private void answerWith(HttpExchange exchange, SimRequest request, SimResponse response, long startNanos) {
        record(request, response.status(), startNanos);
        send(exchange, request, response);
    }

    private SimResponse safeHandle(SimRequest request) {
        try {
            return api.handle(request);
        } catch (ApiException problem) {
            return error(request, problem);
        } catch (RuntimeException bug) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "sandbox simulator failed on " + request.method() + " " + request.path(),
                    bug);
            return error(request, new ApiException(500, "Internal sandbox error: " + bug));
        }
    }

    private SimResponse error(SimRequest request, ApiException problem) {
        return api.error(request, problem).withHeaders(problem.headers());
    }

    private SimResponse control(SimRequest request) {
        try {
            return controlRouter.dispatch(request, request.path());
        } catch (ApiException problem) {
            return ControlRoutes.error(problem);
        } catch (RuntimeException bug) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "sandbox control call failed on " + request.method() + " " + request.path(),
                    bug);
            return ControlRoutes.error(new ApiException(500, bug.toString()));
        }
    }

    private SimRequest read(HttpExchange exchange) {
        try {
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
            return SimRequest.of(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(),
                    body,
                    clock.instant());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot read request", e);
            exchange.close();
            return null;
        }
    }

    private void send(HttpExchange exchange, SimRequest request, SimResponse response) {
        try (exchange) {
            Headers headers = exchange.getResponseHeaders();
            response.headers().forEach(headers::set);
            if (response.contentType() != null) {
                headers.set("Content-Type", response.contentType());
            }
            byte[] body = response.body();
            boolean noBody = body.length == 0 || "HEAD".equals(request.method()) || response.status() == 204;
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException clientGone) {
            LOG.log(System.Logger.Level.DEBUG, "client went away before the response was sent", clientGone);
        }
    }

    private void record(SimRequest request, int status, long startNanos) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        panel.requestLog()
                .add(new RecordedRequest(
                        request.method(), request.path(), request.rawQuery(), status, request.receivedAt(), millis));
    }

    private void runOnWorker(HttpExchange exchange, Runnable task) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException closing) {
            exchange.close();
        }
    }

    private static String urlHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.isEmpty()) {
            return "localhost";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
