package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;

/**
 * A failure already worded for the partner (by {@link ZenvoicesMessages}), on its way out of a connection's steps to
 * {@code test} or {@code export}, where it becomes a {@link TestResult} or an {@link Outcome}.
 */
final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Outcome.Failed outcome;

    Failure(Outcome.Failed outcome) {
        super(outcome.message(), null, false, false);
        this.outcome = outcome;
    }

    Failure(FailureKind kind, String message) {
        this(new Outcome.Failed(kind, message, null, null));
    }

    FailureKind kind() {
        return outcome.kind();
    }

    Outcome.Failed outcome() {
        return outcome;
    }

    TestResult toTestResult() {
        return TestResult.failure(outcome.kind(), outcome.message());
    }
}
