package io.ledgerbridge.model.spi;

import java.time.Instant;

/**
 * What a server said about its rate limit in its last response (e.g. X-Rate-Limit-Remaining / -Reset).
 *
 * @param remaining calls left in the current window
 * @param resetAt when the window resets
 */
public record RateLimitStatus(int remaining, Instant resetAt) {}
