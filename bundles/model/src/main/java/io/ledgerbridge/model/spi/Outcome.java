package io.ledgerbridge.model.spi;

import java.time.Duration;

/** The typed result of one export attempt. */
public sealed interface Outcome permits Outcome.Delivered, Outcome.Failed, Outcome.Unsupported {

    /** The server's rate-limit state after the attempt, or null when it said nothing. */
    RateLimitStatus rateLimit();

    /**
     * The target has the document.
     *
     * @param remoteId the target's id of it
     * @param url where a person can see it in the target; may be null
     * @param rateLimit the server's rate-limit state, may be null
     */
    record Delivered(String remoteId, String url, RateLimitStatus rateLimit) implements Outcome {}

    /**
     * The attempt failed.
     *
     * @param kind why
     * @param message what happened, in words a partner can act on; never contains secrets
     * @param retryAfter how long the server asked to wait (RATE_LIMITED), may be null
     * @param rateLimit the server's rate-limit state, may be null
     */
    record Failed(FailureKind kind, String message, Duration retryAfter, RateLimitStatus rateLimit)
            implements Outcome {}

    /**
     * The connector does not handle this kind of document; shown as skipped with the message, never silently.
     *
     * @param message e.g. "sevdesk: credit notes are not supported by this connector"
     */
    record Unsupported(String message) implements Outcome {
        @Override
        public RateLimitStatus rateLimit() {
            return null;
        }
    }

    static Outcome delivered(String remoteId) {
        return new Delivered(remoteId, null, null);
    }

    static Outcome failed(FailureKind kind, String message) {
        return new Failed(kind, message, null, null);
    }
}
