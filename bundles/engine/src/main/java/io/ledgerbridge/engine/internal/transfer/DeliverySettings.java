package io.ledgerbridge.engine.internal.transfer;

import java.time.Duration;

/**
 * How delivery runs.
 *
 * @param workers threads calling connectors (shared by all connections; each connection is capped by its budget)
 * @param maxAttempts attempts of a transfer before it fails for good (retryable failures only)
 * @param lease how long a claimed transfer belongs to this node; after a crash it is retried after this time
 * @param poll how often to look for due work when nothing wakes the dispatcher
 * @param backoffBase first retry delay
 * @param backoffCap longest retry delay
 */
public record DeliverySettings(
        int workers, int maxAttempts, Duration lease, Duration poll, Duration backoffBase, Duration backoffCap) {
    public static final DeliverySettings DEFAULT = new DeliverySettings(
            8, 10, Duration.ofSeconds(60), Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofMinutes(10));
}
