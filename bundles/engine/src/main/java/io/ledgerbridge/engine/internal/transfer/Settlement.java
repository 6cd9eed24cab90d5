package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import java.time.Duration;
import java.time.Instant;

/**
 * What an attempt's outcome means for its transfer and connection: delivered; skipped; failed for good
 * (validation, not found, or attempts used up); retried later (rate limit, unavailable); or waiting while the
 * connection is paused (auth, permission, configuration: the attempt is not counted).
 *
 * @param status the transfer's new status
 * @param nextAttemptAt when it may be tried again
 * @param uncertain whether the next attempt must look the document up first
 * @param countAttempt false when the attempt must not use up the transfer's attempts
 * @param pauseConnection true to stop the connection until its configuration is fixed
 * @param kind the failure kind, or null
 * @param message the outcome's message
 */
public record Settlement(
        TransferStatus status,
        Instant nextAttemptAt,
        boolean uncertain,
        boolean countAttempt,
        boolean pauseConnection,
        FailureKind kind,
        String message) {

    /** The document lacks what the connector requires: held, untried and not counted, until it is corrected. */
    public static Settlement needsAttention(String message, Instant now) {
        return new Settlement(
                TransferStatus.NEEDS_ATTENTION, now, false, false, false, FailureKind.VALIDATION, message);
    }

    public static Settlement of(
            Outcome outcome, int attempts, int maxAttempts, boolean wasUncertain, Backoff backoff, Instant now) {
        if (outcome instanceof Outcome.Delivered) {
            return new Settlement(TransferStatus.DELIVERED, now, false, true, false, null, null);
        }
        if (outcome instanceof Outcome.Unsupported u) {
            return new Settlement(TransferStatus.SKIPPED, now, false, true, false, null, u.message());
        }
        Outcome.Failed f = (Outcome.Failed) outcome;
        if (f.kind().pausesConnection()) {
            return new Settlement(TransferStatus.PENDING, now, wasUncertain, false, true, f.kind(), f.message());
        }
        if (f.kind().retryable()) {
            if (attempts >= maxAttempts && f.kind() != FailureKind.RATE_LIMITED) {
                return new Settlement(
                        TransferStatus.FAILED,
                        now,
                        false,
                        true,
                        false,
                        f.kind(),
                        "gave up after " + attempts + " attempts: " + f.message());
            }
            Duration wait = backoff.delay(attempts, f.retryAfter());
            // an unavailable target may have processed the request before failing: look up before creating again
            boolean uncertain = wasUncertain || f.kind() == FailureKind.UNAVAILABLE;
            // a rate limit says nothing about the document: waiting for it does not use up the transfer's attempts
            boolean counts = f.kind() != FailureKind.RATE_LIMITED;
            return new Settlement(
                    TransferStatus.PENDING, now.plus(wait), uncertain, counts, false, f.kind(), f.message());
        }
        return new Settlement(TransferStatus.FAILED, now, false, true, false, f.kind(), f.message());
    }
}
