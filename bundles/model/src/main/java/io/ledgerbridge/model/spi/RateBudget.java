package io.ledgerbridge.model.spi;

import java.time.Duration;

/**
 * The most a target allows: at most {@code requests} calls in any {@code window}, and at most {@code concurrency}
 * calls at the same time. The engine never exceeds it and tightens it from the server's rate-limit headers.
 *
 * @param requests calls allowed per window
 * @param window the window length
 * @param concurrency calls in flight at once
 * @param requestsPerExport about how many HTTP calls one export costs (for estimates and pacing)
 */
public record RateBudget(int requests, Duration window, int concurrency, int requestsPerExport) {
    /** A budget for targets that publish no limit: 10 calls per second, 4 at a time. */
    public static final RateBudget MODERATE = new RateBudget(10, Duration.ofSeconds(1), 4, 1);
}
