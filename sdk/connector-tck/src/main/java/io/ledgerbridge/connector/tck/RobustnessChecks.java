package io.ledgerbridge.connector.tck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;

/** What a connector must never do: leave threads behind, leak a secret, or choke on a large document. */
final class RobustnessChecks {
    /** Secrets shorter than this could appear in any text by chance. */
    private static final int MIN_SECRET = 6;

    private static final int TEN_MIB = 10 * 1024 * 1024;
    private final Fixture fixture;
    private final ConnectorTck tck;

    RobustnessChecks(Fixture fixture, ConnectorTck tck) {
        this.fixture = fixture;
        this.tck = tck;
    }

    void noThreadIsLeftAfterDeactivation() {
        exercise(fixture.connector(), true); // warms up the target's and the JDK's lazily started threads
        Set<Thread> before = Threads.live();
        exercise(fixture.connector(), false);
        Set<String> ignored = new LinkedHashSet<>(tck.targetThreadPrefixes());
        ignored.add(FaultProxy.THREAD_PREFIX);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> {
                    List<Thread> left = Threads.startedSince(before, ignored);
                    assertTrue(
                            left.isEmpty(),
                            () -> fixture.name() + ": threads still run after the connector was "
                                    + "deactivated (the engine owns threads; close what you start in @Deactivate): "
                                    + Threads.describe(left));
                });
    }

    /** Calls the connector as the engine does: a test and two exports, one of them against a silent target. */
    private void exercise(Connector connector, boolean warmUp) {
        FakeContext context = fixture.context();
        fixture.test(connector, context);
        fixture.export(connector, context, Documents.finalized(fixture.document(context)));
        if (!warmUp) {
            fixture.proxy().inject(ProxyFault.hang().times(1));
        }
        Document document = fixture.document(context);
        fixture.call(
                "export to a target that never answers",
                fixture.bound(),
                () -> connector.export(context, Documents.finalized(document)));
        fixture.proxy().clearFaults();
        fixture.deactivate(connector);
    }

    void secretsNeverAppear() {
        Set<String> secrets = new LinkedHashSet<>();
        tck.secrets().values().stream()
                .filter(s -> s != null && s.length() >= MIN_SECRET)
                .forEach(secrets::add);
        Assumptions.assumeFalse(
                secrets.isEmpty(),
                () -> fixture.name() + ": secrets() gives no secret of at least " + MIN_SECRET
                        + " characters, so there is nothing that could leak");
        List<String> messages = new ArrayList<>();
        String log;
        try (LogCapture capture = LogCapture.start()) {
            messages.addAll(leakyCalls());
            Setup bad = fixture.setup("bad credentials");
            tck.badCredentials(bad);
            bad.secrets().values().stream()
                    .filter(s -> s != null && s.length() >= MIN_SECRET)
                    .forEach(secrets::add);
            TestResult refused = fixture.test(fixture.connector(bad.settings()), fixture.context(bad.secrets()));
            messages.add(refused.message());
            log = capture.text();
            assertFalse(
                    log.isBlank(),
                    () -> fixture.name() + ": nothing was logged to " + capture.source()
                            + " while the connector worked, so the TCK cannot tell that secrets stay out of the log; log "
                            + "HTTP calls at DEBUG in tests, e.g. org.slf4j.simpleLogger.log.io.ledgerbridge=debug in "
                            + "src/test/resources/simplelogger.properties");
        }
        for (String secret : secrets) {
            for (String message : messages) {
                assertFalse(
                        message != null && message.contains(secret),
                        () -> fixture.name() + ": a secret appears " + "in the message \""
                                + message.replace(secret, "<the secret>") + "\"");
            }
            assertFalse(
                    log.contains(secret),
                    () -> fixture.name() + ": a secret appears in the log: " + excerpt(log, secret));
        }
    }

    /** The messages of calls that tempt a connector to leak: success, refusals, a target echoing the request. */
    private List<String> leakyCalls() {
        Connector connector = fixture.connector();
        FakeContext context = fixture.context();
        List<String> messages = new ArrayList<>();
        messages.add(fixture.test(connector, context).message());
        messages.add(text(fixture.export(connector, context, Documents.finalized(fixture.document(context)))));
        for (ProxyFault fault :
                List.of(ProxyFault.echo(400), ProxyFault.echo(401), ProxyFault.echo(500), ProxyFault.status(403))) {
            fixture.proxy().inject(fault);
            messages.add(text(fixture.export(connector, context, Documents.finalized(fixture.document(context)))));
            messages.add(fixture.test(connector, context).message());
            fixture.proxy().clearFaults();
        }
        return messages;
    }

    void largeDocumentGetsAClearOutcome(String what, UnaryOperator<DocumentBuilder> change) {
        Connector connector = fixture.connector();
        FakeContext context = fixture.context();
        Document document = fixture.document(context, change);
        Outcome outcome = fixture.export(connector, context, Documents.finalized(document));
        assertTrue(clear(outcome), () -> fixture.name() + ": " + what + " got no clear outcome: " + outcome);
    }

    void aTenMebibyteAttachmentGetsAClearOutcome() {
        largeDocumentGetsAClearOutcome("an invoice with a 10 MiB PDF", b -> b.pdf(TEN_MIB));
        FakeContext context = fixture.context();
        Document receipt = Documents.receipt(Fixture.nextNumber()).pdf(TEN_MIB).build(context);
        Outcome outcome = fixture.export(fixture.connector(), context, Documents.finalized(receipt));
        assertTrue(
                clear(outcome),
                () -> fixture.name() + ": a received receipt with a 10 MiB PDF got no clear " + "outcome: " + outcome);
    }

    /** Delivered with an id, refused with a kind and a message, or skipped with a message. */
    static boolean clear(Outcome outcome) {
        if (outcome instanceof Outcome.Delivered d) {
            return d.remoteId() != null && !d.remoteId().isBlank();
        }
        String message = outcome instanceof Outcome.Failed f
                ? (f.kind() == null ? null : f.message())
                : ((Outcome.Unsupported) outcome).message();
        return message != null && !message.isBlank();
    }

    private static String text(Outcome outcome) {
        if (outcome instanceof Outcome.Delivered d) {
            return d.remoteId() + " " + d.url();
        }
        return outcome instanceof Outcome.Failed f ? f.message() : ((Outcome.Unsupported) outcome).message();
    }

    private static String excerpt(String log, String secret) {
        int at = log.indexOf(secret);
        int from = Math.max(0, log.lastIndexOf('\n', at) + 1);
        int to = log.indexOf('\n', at) < 0 ? log.length() : log.indexOf('\n', at);
        return log.substring(from, Math.min(to, from + 400)).replace(secret, "<the secret>");
    }
}
