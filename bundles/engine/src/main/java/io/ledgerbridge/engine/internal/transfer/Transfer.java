package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.model.LifecycleEvent;
import java.time.Instant;

/** One row of the transfer outbox. */
public record Transfer(
        String id,
        String documentId,
        String connectionId,
        String tenantId,
        Purpose purpose,
        LifecycleEvent trigger,
        int priority,
        TransferStatus status,
        int attempts,
        Instant nextAttemptAt,
        boolean uncertain,
        String remoteId,
        String remoteUrl,
        String lastKind,
        String lastMessage,
        String jobId,
        Instant createdAt,
        Instant updatedAt) {
    /** Live traffic: documents whose lifecycle just moved. */
    public static final int LIVE = 0;
    /** Bulk work: backfills; claimed only when no live transfer of the connection is due. */
    public static final int BACKFILL = 1;
}
