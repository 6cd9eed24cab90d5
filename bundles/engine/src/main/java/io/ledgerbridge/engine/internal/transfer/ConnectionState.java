package io.ledgerbridge.engine.internal.transfer;

import java.time.Instant;

/**
 * The runtime state of a connection, kept in the database.
 *
 * @param connectionId the connection
 * @param active whether it was active at the last configuration change
 * @param activatedAt when it was last switched on: the watermark for routing
 * @param status UNKNOWN, ONLINE or OFFLINE
 * @param detail why offline: CONFIGURATION_ERROR, AUTH_ERROR, PERMISSION_ERROR, COMMUNICATION_ERROR, RATE_LIMITED
 * @param message what a partner can do about it
 * @param paused true while a configuration problem stops delivery
 * @param lastDeliveryAt the last successful delivery
 */
public record ConnectionState(String connectionId, boolean active, Instant activatedAt, String status, String detail,
                              String message, boolean paused, Instant lastDeliveryAt) {
}
