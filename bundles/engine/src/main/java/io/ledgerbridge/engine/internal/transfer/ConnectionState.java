package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.model.service.ConnectionStatus;
import io.ledgerbridge.model.service.ConnectionStatusDetail;
import java.time.Instant;

/**
 * The runtime state of a connection, kept in the database.
 *
 * @param connectionId the connection
 * @param active whether it was active at the last configuration change
 * @param activatedAt when it was last switched on: the watermark for routing
 * @param status whether it works
 * @param detail why offline (NONE otherwise; stored as NULL)
 * @param message what a partner can do about it
 * @param paused true while a configuration problem stops delivery
 * @param lastDeliveryAt the last successful delivery
 * @param deactivatedAt when it was last switched off (with activatedAt, the window whose documents it missed)
 */
public record ConnectionState(
        String connectionId,
        boolean active,
        Instant activatedAt,
        ConnectionStatus status,
        ConnectionStatusDetail detail,
        String message,
        boolean paused,
        Instant lastDeliveryAt,
        Instant deactivatedAt) {}
