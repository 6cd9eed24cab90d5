package io.ledgerbridge.model.spi;

import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.LifecycleEvent;

/**
 * One document to export.
 *
 * @param document the document in its current state
 * @param trigger the lifecycle event that caused this transfer (e.g. FINALIZED, or PAID for a payment update)
 * @param idempotencyKey stable across every attempt of this transfer
 * @param afterUncertainAttempt true when an earlier attempt may have reached the target (a crash or a timeout after
 *     sending): the connector must look the document up by its natural key before creating it
 * @param attempt 1 for the first attempt
 */
public record ExportRequest(
        Document document, LifecycleEvent trigger, String idempotencyKey, boolean afterUncertainAttempt, int attempt) {}
