package io.ledgerbridge.connector.kit;

import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.RateLimitStatus;
import io.ledgerbridge.model.spi.TestResult;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The one checked exception a connector's HTTP client throws: a {@link Kind}, a message that is already redacted,
 * and what the server said about waiting. The connector turns it into a typed result at one place with
 * {@link #toOutcome()} or {@link #toTestResult()}.
 */
public final class ConnectorException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, in the terms a connector's client can tell apart. */
    public enum Kind {
        /** The credentials are wrong, expired or revoked (HTTP 401). */
        AUTH(FailureKind.AUTH),
        /** The credentials lack a right or the plan lacks the API (HTTP 402, 403). */
        PERMISSION(FailureKind.PERMISSION),
        /** Something the call refers to does not exist (HTTP 404, 410). */
        NOT_FOUND(FailureKind.NOT_FOUND),
        /** The target rejected the content of this request (HTTP 400, 409, 422 and other 4xx). */
        VALIDATION(FailureKind.VALIDATION),
        /** The target's rate limit was hit (HTTP 429). */
        RATE_LIMIT(FailureKind.RATE_LIMITED),
        /** The target could not be reached or did not answer in time (connect refused, timeout, reset, 408). */
        TRANSPORT(FailureKind.UNAVAILABLE),
        /** The target answered something unusable: a 5xx, a malformed or unexpected reply. */
        PROTOCOL(FailureKind.UNAVAILABLE),
        /** A setting is wrong (bad base URL, unknown company code, a redirect where none is expected). */
        CONFIGURATION(FailureKind.CONFIGURATION);

        private final FailureKind failureKind;

        Kind(FailureKind failureKind) {
            this.failureKind = failureKind;
        }

        /**
         * The SPI's failure kind for this kind.
         *
         * @return RATE_LIMITED for RATE_LIMIT, UNAVAILABLE for TRANSPORT and PROTOCOL, the same name otherwise
         */
        public FailureKind failureKind() {
            return failureKind;
        }

        /**
         * Whether the same call may succeed later without anyone changing anything.
         *
         * @return true for RATE_LIMIT, TRANSPORT and PROTOCOL
         */
        public boolean retryable() {
            return failureKind.retryable();
        }
    }

    private final Kind kind;
    private final int httpStatus;
    private final boolean uncertain;
    private final Duration retryAfter;
    private final transient RateLimitStatus rateLimit;

    /**
     * A failure without HTTP status, wait or rate-limit state; the request certainly had no effect.
     *
     * @param kind what went wrong
     * @param message what happened, already free of secrets
     */
    public ConnectorException(Kind kind, String message) {
        this(builder(kind, message));
    }

    /**
     * A failure with a cause, without HTTP status, wait or rate-limit state; the request certainly had no effect.
     *
     * @param kind what went wrong
     * @param message what happened, already free of secrets
     * @param cause the underlying exception, may be null
     */
    public ConnectorException(Kind kind, String message, Throwable cause) {
        this(builder(kind, message).cause(cause));
    }

    private ConnectorException(Builder builder) {
        super(builder.message, builder.cause);
        this.kind = builder.kind;
        this.httpStatus = builder.httpStatus;
        this.uncertain = builder.uncertain;
        this.retryAfter = builder.retryAfter;
        this.rateLimit = builder.rateLimit;
    }

    /**
     * Starts an exception with all details.
     *
     * @param kind what went wrong
     * @param message what happened, already free of secrets
     * @return a builder; {@link Builder#build()} makes the exception
     */
    public static Builder builder(Kind kind, String message) {
        return new Builder(kind, message);
    }

    /**
     * What went wrong.
     *
     * @return the kind, never null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The HTTP status the target answered.
     *
     * @return the status, 0 when there was no HTTP answer
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Whether the request may have reached the target and taken effect (read timeout, connection reset after
     * sending, a 5xx, a malformed success reply). The engine then marks the next attempt
     * {@code afterUncertainAttempt}, and the connector looks the document up before creating it again.
     *
     * @return false when the request certainly had no effect (connect refused, connect timeout, a 4xx)
     */
    public boolean uncertain() {
        return uncertain;
    }

    /**
     * How long the target asked to wait before the next call.
     *
     * @return the wait from Retry-After or the rate-limit reset, or empty
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * The target's rate-limit state from the failed response.
     *
     * @return the state, or empty when the target said nothing
     */
    public Optional<RateLimitStatus> rateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    /**
     * The SPI's typed failure for this exception, with the kind mapped by {@link Kind#failureKind()}.
     *
     * @return a failed outcome carrying the message, the wait and the rate-limit state
     */
    public Outcome.Failed toOutcome() {
        return new Outcome.Failed(kind.failureKind(), getMessage(), retryAfter, rateLimit);
    }

    /**
     * The failed connection test for this exception.
     *
     * @return a failed test result with the mapped kind and the message
     */
    public TestResult toTestResult() {
        return TestResult.failure(kind.failureKind(), getMessage());
    }

    @Override
    public String toString() {
        return "ConnectorException[" + kind + (httpStatus > 0 ? " " + httpStatus : "")
                + (uncertain ? ", uncertain" : "") + "]: " + getMessage();
    }

    /** Collects the details of a {@link ConnectorException}. */
    public static final class Builder {
        private final Kind kind;
        private final String message;
        private int httpStatus;
        private boolean uncertain;
        private Duration retryAfter;
        private RateLimitStatus rateLimit;
        private Throwable cause;

        private Builder(Kind kind, String message) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.message = Objects.requireNonNull(message, "message");
        }

        /**
         * Sets the HTTP status.
         *
         * @param status the status the target answered, 0 for none
         * @return this builder
         */
        public Builder httpStatus(int status) {
            this.httpStatus = status;
            return this;
        }

        /**
         * Sets whether the request may have taken effect (see {@link ConnectorException#uncertain()}).
         *
         * @param value true when the request may have reached the target
         * @return this builder
         */
        public Builder uncertain(boolean value) {
            this.uncertain = value;
            return this;
        }

        /**
         * Sets the wait the target asked for.
         *
         * @param wait the wait, null for none; negative waits count as zero
         * @return this builder
         */
        public Builder retryAfter(Duration wait) {
            this.retryAfter = wait == null || !wait.isNegative() ? wait : Duration.ZERO;
            return this;
        }

        /**
         * Sets the target's rate-limit state.
         *
         * @param status the state, null for none
         * @return this builder
         */
        public Builder rateLimit(RateLimitStatus status) {
            this.rateLimit = status;
            return this;
        }

        /**
         * Sets the underlying exception.
         *
         * @param throwable the cause, null for none
         * @return this builder
         */
        public Builder cause(Throwable throwable) {
            this.cause = throwable;
            return this;
        }

        /**
         * Makes the exception.
         *
         * @return a new exception with the collected details
         */
        public ConnectorException build() {
            return new ConnectorException(this);
        }
    }
}
