package io.ledgerbridge.model.service;

import java.time.Instant;
import java.util.List;

/**
 * A document's transfer to one connection, with its ledger of attempts.
 *
 * @param id the transfer id (also the idempotency key the connector receives)
 * @param documentId the document
 * @param connectionId the connection
 * @param purpose EXPORT, PAYMENT for a payment update, or CANCELLATION for a cancellation update
 * @param trigger the lifecycle event that caused it
 * @param status PENDING, IN_FLIGHT, DELIVERED, FAILED, SKIPPED, CANCELLED or WAITING_FOR_CONNECTOR
 * @param attempts attempts so far
 * @param nextAttemptAt when a pending transfer is tried next
 * @param remoteId the target's id once delivered
 * @param remoteUrl where to see it in the target, if known
 * @param lastKind the last failure kind, if any
 * @param lastMessage the last outcome's message
 * @param backfillJobId the backfill that queued it, if any
 * @param createdAt when it was queued
 * @param updatedAt when it last changed
 * @param ledger every attempt, oldest first (empty in bulk listings)
 */
public record TransferView(
        String id,
        String documentId,
        String connectionId,
        String purpose,
        String trigger,
        String status,
        int attempts,
        Instant nextAttemptAt,
        String remoteId,
        String remoteUrl,
        String lastKind,
        String lastMessage,
        String backfillJobId,
        Instant createdAt,
        Instant updatedAt,
        List<AttemptView> ledger) {

    /**
     * One attempt of a transfer.
     *
     * @param attempt 1 for the first
     * @param startedAt when it started
     * @param durationMillis how long it took
     * @param outcome DELIVERED, FAILED, SKIPPED, RETRY, PAUSED, HELD (not sent: the document lacks something) or
     *     INTERRUPTED (the node stopped mid-attempt; the next attempt looks the document up before creating it)
     * @param kind failure kind, if any
     * @param message what happened
     * @param remoteId the target's id when delivered
     * @param requestHash fingerprint of what was sent
     */
    public record AttemptView(
            int attempt,
            Instant startedAt,
            long durationMillis,
            String outcome,
            String kind,
            String message,
            String remoteId,
            String requestHash) {}
}
