package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.model.spi.RateLimitStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Billomat's last word on an account's rate limit (X-Rate-Limit-Remaining/-Reset) minus the calls sent since: no call
 * goes into a full window, so an export costing more than estimated waits for the reset instead of getting a 429.
 * Thread-safe; one per connection.
 */
final class QuotaGuard {
    private final Clock clock;
    private int remaining = Integer.MAX_VALUE;
    private Instant resetAt = Instant.MIN;
    private int inFlight;

    QuotaGuard(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reserves one call.
     *
     * @param keepFree calls to leave for others (an import leaves some for exports)
     * @throws ConnectorException RATE_LIMIT, certain, with the wait until the window resets
     */
    synchronized void acquire(int keepFree) throws ConnectorException {
        Instant now = clock.instant();
        if (now.isBefore(resetAt)) {
            if (remaining <= keepFree) {
                throw exhausted(now, keepFree);
            }
            remaining--;
        }
        inFlight++;
    }

    /** Records the end of a call and the server's word, if it said anything. */
    synchronized void release(Optional<RateLimitStatus> reported) {
        inFlight = Math.max(0, inFlight - 1);
        if (reported.isEmpty() || reported.get().resetAt() == null) {
            return;
        }
        RateLimitStatus status = reported.get();
        // calls still in flight may not be counted in this reply yet
        int left = Math.max(0, status.remaining() - inFlight);
        if (status.resetAt().isAfter(resetAt)) {
            resetAt = status.resetAt();
            remaining = left;
        } else if (status.resetAt().equals(resetAt)) {
            remaining = Math.min(remaining, left);
        }
    }

    /** The known state for an outcome: calls left in the current window and its end; null when unknown. */
    synchronized RateLimitStatus status() {
        return resetAt.equals(Instant.MIN) ? null : new RateLimitStatus(Math.max(0, remaining), resetAt);
    }

    /** How long until the current window ends (zero when it has ended or is unknown). */
    synchronized Duration untilReset() {
        Duration wait = Duration.between(clock.instant(), resetAt.equals(Instant.MIN) ? clock.instant() : resetAt);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** True when at least {@code calls} more calls fit into the current window above {@code keepFree}. */
    synchronized boolean allows(int calls, int keepFree) {
        return !clock.instant().isBefore(resetAt) || remaining - keepFree >= calls;
    }

    /** The failure for a window used up down to {@code keepFree} calls. */
    synchronized ConnectorException exhausted(int keepFree) {
        return exhausted(clock.instant(), keepFree);
    }

    private ConnectorException exhausted(Instant now, int keepFree) {
        String what = keepFree > 0
                ? "only " + remaining + " Billomat requests are left in this window and are kept " + "for exports"
                : "Billomat's request limit for this account is used up in this window";
        return ConnectorException.builder(
                        ConnectorException.Kind.RATE_LIMIT,
                        what + "; continuing at " + resetAt
                                + " (the limit is shared by all tools without app credentials on this Billomat account)")
                .retryAfter(Duration.between(now, resetAt))
                .rateLimit(new RateLimitStatus(Math.max(0, remaining), resetAt))
                .build();
    }
}
