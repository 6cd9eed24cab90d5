package io.ledgerbridge.model.service;

import io.ledgerbridge.model.FieldError;
import java.time.Instant;
import java.util.List;

/**
 * A connection as partners see it: its settings' identity, whether it runs, and how it is doing.
 *
 * @param id the connection id (its configuration PID)
 * @param connectorId e.g. "sevdesk"
 * @param name the partner's name for it
 * @param tenantId the partner or client it belongs to
 * @param partnerConnectionId for a client's connection, the partner connection it inherits from
 * @param role EXPORT or IMPORT
 * @param active whether it runs (false as well while its partner connection is inactive)
 * @param installed whether its connector is installed
 * @param status whether it works
 * @param statusDetail why it is offline; NONE otherwise
 * @param statusMessage what the partner can do about it
 * @param paused true while a configuration problem stops delivery
 * @param activatedAt when it was last switched on (only later events are sent)
 * @param lastDeliveryAt the last successful delivery
 * @param pending transfers waiting or in flight
 * @param failed transfers that failed for good
 * @param problems configuration errors, per field
 */
public record ConnectionView(
        String id,
        String connectorId,
        String name,
        String tenantId,
        String partnerConnectionId,
        String role,
        boolean active,
        boolean installed,
        ConnectionStatus status,
        ConnectionStatusDetail statusDetail,
        String statusMessage,
        boolean paused,
        Instant activatedAt,
        Instant lastDeliveryAt,
        long pending,
        long failed,
        List<FieldError> problems) {}
