package io.ledgerbridge.engine.internal.transfer;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: about base × 2^(attempt-1), capped, drawn uniformly from its upper half so that
 * retries of many transfers spread out; never shorter than what the server asked for (Retry-After).
 */
public final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    public Duration delay(int attempt, Duration retryAfter) {
        long exp = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
        long ceiling = Math.min(cap.toMillis(), exp);
        long jittered = ceiling / 2 + (long) (random.nextDouble() * (ceiling - ceiling / 2));
        long asked = retryAfter == null ? 0 : retryAfter.toMillis();
        return Duration.ofMillis(Math.max(jittered, asked));
    }
}
