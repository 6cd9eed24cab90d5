package io.ledgerbridge.connector.tck.reference;

import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.RateBudget;
import io.ledgerbridge.model.spi.TestResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connector done right for {@link ReferenceTarget}, unless told to make one of the mistakes the TCK must catch
 * ({@link Bug}); it proves every check can fail.
 */
public final class ReferenceConnector implements Connector {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceConnector.class);

    /** One mistake. */
    public enum Bug {
        WRONG_VENDOR,
        NO_LOOKUP,
        SECRET_IN_MESSAGE,
        SECRET_IN_LOG,
        THREAD_LEFT,
        NO_TIMEOUT,
        THROWS_ON_LARGE,
        IGNORES_RETRY_AFTER,
        SAME_TEST_MESSAGE,
        UNREACHABLE_AS_CONFIGURATION,
        CLIENT_CHECK_DROPS_CLIENTS
    }

    private final ReferenceConfig config;
    private final Duration timeout;
    private final Set<Bug> bugs;
    private final Thread leftover;

    public ReferenceConnector(ReferenceConfig config, Duration timeout, Set<Bug> bugs) {
        this.config = config;
        this.timeout = timeout;
        this.bugs = bugs.isEmpty() ? EnumSet.noneOf(Bug.class) : EnumSet.copyOf(bugs);
        this.leftover = bugs.contains(Bug.THREAD_LEFT) ? started() : null;
    }

    void deactivate() {
        // a correct connector starts no threads; the one with THREAD_LEFT forgets to stop its own here
    }

    @Override
    public ConnectorInfo describe() {
        return new ConnectorInfo(
                "reference",
                "Reference",
                bugs.contains(Bug.WRONG_VENDOR) ? "Someone" : "Ledgerbridge",
                "The TCK's reference connector.",
                Set.of(Capability.EXPORT),
                RateBudget.MODERATE);
    }

    @Override
    public List<TestResult> checkClients(ConnectionContext partner, List<Map<String, Object>> clients) {
        List<TestResult> all = Connector.super.checkClients(partner, clients);
        return bugs.contains(Bug.CLIENT_CHECK_DROPS_CLIENTS) ? all.subList(0, 1) : all;
    }

    @Override
    public TestResult test(ConnectionContext context) {
        Reply reply = call("GET", "/me", null, context);
        if (reply.ok()) {
            return TestResult.success("Connected to " + reply.body());
        }
        Outcome.Failed failed = failure(reply, context, true);
        return TestResult.failure(
                failed.kind(), bugs.contains(Bug.SAME_TEST_MESSAGE) ? "the test failed" : failed.message());
    }

    @Override
    public Outcome export(ConnectionContext context, ExportRequest request) {
        String number = request.document().number();
        if (bugs.contains(Bug.THROWS_ON_LARGE) && request.document().lines().size() > 100) {
            throw new IllegalArgumentException("too many lines");
        }
        if (request.afterUncertainAttempt() && !bugs.contains(Bug.NO_LOOKUP)) {
            Reply found = call("GET", "/invoices?number=" + number, null, context);
            if (found.ok()) {
                return Outcome.delivered(id(found));
            } else if (found.status() != 404) {
                return failure(found, context, false);
            }
        }
        Reply created = call("POST", "/invoices", "{\"number\":\"" + number + "\"}", context);
        return created.ok() ? Outcome.delivered(id(created)) : failure(created, context, false);
    }

    private Outcome.Failed failure(Reply reply, ConnectionContext context, boolean connectionTest) {
        String token = token(context);
        String said = (token.isEmpty() ? reply.body() : reply.body().replace(token, "****")) // servers echo requests
                + (bugs.contains(Bug.SECRET_IN_MESSAGE) ? " with " + token : "");
        FailureKind kind =
                switch (reply.status()) {
                    case 0 ->
                        bugs.contains(Bug.UNREACHABLE_AS_CONFIGURATION)
                                ? FailureKind.CONFIGURATION
                                : FailureKind.UNAVAILABLE;
                    case 401 -> FailureKind.AUTH;
                    case 403 -> FailureKind.PERMISSION;
                    case 404 -> connectionTest ? FailureKind.CONFIGURATION : FailureKind.NOT_FOUND;
                    case 429 -> FailureKind.RATE_LIMITED;
                    default -> reply.status() >= 500 ? FailureKind.UNAVAILABLE : FailureKind.VALIDATION;
                };
        Duration wait = kind == FailureKind.RATE_LIMITED
                        && !bugs.contains(Bug.IGNORES_RETRY_AFTER)
                        && reply.retryAfter() != null
                ? Duration.ofSeconds(Long.parseLong(reply.retryAfter()))
                : null;
        return new Outcome.Failed(kind, "the reference service answered " + reply.status() + ": " + said, wait, null);
    }

    private Reply call(String method, String path, String body, ConnectionContext context) {
        try {
            HttpURLConnection http = (HttpURLConnection) URI.create(config.baseUrl() + "/" + config.account() + path)
                    .toURL()
                    .openConnection();
            http.setRequestMethod(method);
            http.setRequestProperty("Authorization", "Token " + token(context));
            http.setConnectTimeout((int) timeout.toMillis());
            http.setReadTimeout(bugs.contains(Bug.NO_TIMEOUT) ? 0 : (int) timeout.toMillis());
            if (body != null) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                http.setDoOutput(true);
                http.setFixedLengthStreamingMode(bytes.length); // else a lost answer makes the JDK send the POST again
                http.getOutputStream().write(bytes);
            }
            int status = http.getResponseCode();
            InputStream in = status < 400 ? http.getInputStream() : http.getErrorStream();
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            LOG.debug(
                    "{} {} -> {}{}",
                    method,
                    path,
                    status,
                    bugs.contains(Bug.SECRET_IN_LOG) ? " as " + token(context) : "");
            return new Reply(status, text, http.getHeaderField("Retry-After"));
        } catch (IOException e) {
            LOG.debug("{} {} failed: {}", method, path, e.toString());
            return new Reply(0, "no answer (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    private static String token(ConnectionContext context) {
        return context.secret("token").orElse("");
    }

    private static String id(Reply reply) {
        return reply.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]*)\".*", "$1");
    }

    /** The THREAD_LEFT mistake: a thread that blocks until interrupted and that deactivation never stops. */
    private static Thread started() {
        Thread thread = new Thread(
                () -> {
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "reference-poller");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    Thread leftover() {
        return leftover;
    }

    /** One HTTP answer; status 0 when there was none. */
    private record Reply(int status, String body, String retryAfter) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
