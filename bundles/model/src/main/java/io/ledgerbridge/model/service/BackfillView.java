package io.ledgerbridge.model.service;

import java.time.Instant;

/**
 * A backfill job, or the dry run of one ({@code id == null}).
 *
 * @param id the job id; null for a dry run
 * @param connectionId the connection
 * @param tenantId the connection's tenant
 * @param status PLANNED (dry run), RUNNING, PAUSED, CANCELLED or DONE
 * @param total documents selected
 * @param delivered delivered so far
 * @param failed failed for good
 * @param skipped skipped (unsupported by the connector) or cancelled
 * @param pending still to go
 * @param etaSeconds estimated seconds to finish at the connection's rate budget; null when unknown
 * @param createdBy who started it
 * @param createdAt when it started
 */
public record BackfillView(
        String id,
        String connectionId,
        String tenantId,
        String status,
        long total,
        long delivered,
        long failed,
        long skipped,
        long pending,
        Long etaSeconds,
        String createdBy,
        Instant createdAt) {}
