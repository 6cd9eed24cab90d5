package io.ledgerbridge.connector.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** Exports: exactly once after uncertain attempts, and every HTTP failure of the target as its typed outcome. */
final class ExportChecks {
    private static final int ATTEMPTS = 5;
    private final Fixture fixture;
    private final ConnectorTck tck;

    ExportChecks(Fixture fixture, ConnectorTck tck) {
        this.fixture = fixture;
        this.tck = tck;
    }

    void aRepeatAfterAnUncertainAttemptCreatesNothingTwice() {
        Connector connector = fixture.connector();
        FakeContext context = fixture.context();
        Document document = fixture.document(context);
        assertEquals(
                0,
                tck.timesCreated(document),
                () -> fixture.name() + ": timesCreated() counts " + document.number() + " before it was exported");
        String first = delivered(fixture.export(connector, context, Documents.finalized(document)), document);
        assertEquals(
                1,
                tck.timesCreated(document),
                () -> fixture.name() + ": timesCreated() does not count the " + "export of " + document.number());
        String again =
                delivered(fixture.export(connector, context, Documents.afterUncertainAttempt(document, 2)), document);
        assertEquals(
                1,
                tck.timesCreated(document),
                () -> fixture.name() + ": exported again after an uncertain " + "attempt, " + document.number()
                        + " was created twice; look it up by its natural key first");
        assertEquals(first, again, () -> fixture.name() + ": the repeat must answer the remote id of the first");
    }

    void aLostResponseAtAnyStepCreatesNothingTwice() {
        Connector connector = fixture.connector();
        FakeContext context = fixture.context();
        int before = fixture.proxy().received();
        delivered(fixture.export(connector, context, Documents.finalized(fixture.document(context))), null);
        int steps = fixture.proxy().received() - before;
        assertTrue(steps > 0, () -> fixture.name() + ": the export sent no request through " + fixture.baseUrl());
        for (int step = 0; step < steps; step++) {
            Document document = fixture.document(context);
            fixture.proxy().inject(ProxyFault.loseResponse().after(step).times(1));
            Outcome outcome = fixture.export(connector, context, Documents.finalized(document));
            fixture.proxy().clearFaults();
            for (int attempt = 2; attempt <= ATTEMPTS && !(outcome instanceof Outcome.Delivered); attempt++) {
                assertRetryable(outcome, document, step);
                outcome = fixture.export(connector, context, Documents.afterUncertainAttempt(document, attempt));
            }
            delivered(outcome, document);
            int lost = step + 1;
            assertEquals(
                    1,
                    tck.timesCreated(document),
                    () -> fixture.name() + ": the response to request " + lost
                            + " of " + steps + " was lost, and the retries created " + document.number() + " "
                            + tck.timesCreated(document) + " times");
        }
    }

    Stream<DynamicTest> httpFailuresBecomeTypedOutcomes() {
        ErrorReply validation = tck.validationError();
        return Stream.of(
                failure("401 is AUTH", ProxyFault.status(401), FailureKind.AUTH, o -> {}),
                failure("403 is PERMISSION", ProxyFault.status(403), FailureKind.PERMISSION, o -> {}),
                failure("500 is UNAVAILABLE", ProxyFault.status(500), FailureKind.UNAVAILABLE, o -> {}),
                failure("503 is UNAVAILABLE", ProxyFault.status(503), FailureKind.UNAVAILABLE, o -> {}),
                failure("a dropped connection is UNAVAILABLE", ProxyFault.drop(), FailureKind.UNAVAILABLE, o -> {}),
                failure(
                        "429 with Retry-After is RATE_LIMITED with that delay",
                        ProxyFault.status(429).header("Retry-After", "7"),
                        FailureKind.RATE_LIMITED,
                        o -> assertEquals(
                                Duration.ofSeconds(7),
                                o.retryAfter(),
                                () -> fixture.name() + ": Retry-After: 7 must become retryAfter PT7S, was "
                                        + o.retryAfter())),
                failure(
                        "a refused document is VALIDATION with the target's message",
                        validation.fault(),
                        FailureKind.VALIDATION,
                        o -> assertTrue(
                                o.message().contains(validation.message()),
                                () -> fixture.name() + ": the target said \"" + validation.message()
                                        + "\", the outcome says \"" + o.message() + "\"")));
    }

    private DynamicTest failure(String name, ProxyFault fault, FailureKind kind, Consumer<Outcome.Failed> more) {
        return DynamicTest.dynamicTest(name, () -> {
            fixture.proxy().clearFaults();
            FakeContext context = fixture.context();
            Document document = fixture.document(context);
            fixture.proxy().inject(fault);
            Outcome outcome = fixture.export(fixture.connector(), context, Documents.finalized(document));
            fixture.proxy().clearFaults();
            Outcome.Failed failed = assertFailed(outcome, kind, "the target answering " + fault);
            more.accept(failed);
        });
    }

    void aTargetThatNeverAnswersIsUnavailableInTime() {
        Connector connector = fixture.connector();
        FakeContext context = fixture.context();
        Document document = fixture.document(context);
        fixture.proxy().inject(ProxyFault.hang());
        Duration bound = fixture.bound();
        Outcome outcome = fixture.call(
                "export to a target that never answers",
                bound,
                () -> connector.export(context, Documents.finalized(document)));
        assertFailed(outcome, FailureKind.UNAVAILABLE, "a target that never answers");
        TestResult result = fixture.call("test() of a target that never answers", bound, () -> connector.test(context));
        assertEquals(
                FailureKind.UNAVAILABLE,
                result.kind(),
                () -> fixture.name() + ": the connection test of a "
                        + "target that never answers must fail as UNAVAILABLE: " + result);
    }

    private Outcome.Failed assertFailed(Outcome outcome, FailureKind kind, String situation) {
        Outcome.Failed failed = assertInstanceOf(
                Outcome.Failed.class,
                outcome,
                () -> fixture.name() + ": with " + situation + " the export must fail as " + kind + ", it answered "
                        + outcome);
        assertEquals(
                kind,
                failed.kind(),
                () -> fixture.name() + ": with " + situation + " the export must fail as " + kind + ", it failed as "
                        + failed.kind() + ": " + failed.message());
        assertTrue(
                failed.message() != null && !failed.message().isBlank(),
                () -> fixture.name() + ": the failure with " + situation + " has no message");
        return failed;
    }

    private void assertRetryable(Outcome outcome, Document document, int step) {
        assertTrue(
                outcome instanceof Outcome.Failed f && f.kind().retryable(),
                () -> fixture.name() + ": after the "
                        + "response to request " + (step + 1) + " was lost, the export of " + document.number()
                        + " must fail as retryable (UNAVAILABLE), it answered " + outcome);
    }

    private String delivered(Outcome outcome, Document document) {
        Outcome.Delivered delivered = assertInstanceOf(
                Outcome.Delivered.class,
                outcome,
                () -> fixture.name()
                        + ": a working connection must deliver "
                        + (document == null ? "the document" : document.number())
                        + " (adjust exportable() if the connector needs another document), it answered " + outcome);
        assertTrue(
                delivered.remoteId() != null && !delivered.remoteId().isBlank(),
                () -> fixture.name() + ": delivered without the target's id");
        return delivered.remoteId();
    }
}
