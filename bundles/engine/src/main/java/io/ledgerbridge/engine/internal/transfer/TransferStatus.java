package io.ledgerbridge.engine.internal.transfer;

/**
 * Where a transfer stands. WAITING_FOR_CONNECTOR is shown for PENDING transfers whose connector is not installed.
 * NEEDS_ATTENTION: the document lacks what the connector requires; it waits, untried, until the document is corrected.
 */
public enum TransferStatus {
    PENDING,
    IN_FLIGHT,
    DELIVERED,
    FAILED,
    SKIPPED,
    CANCELLED,
    WAITING_FOR_CONNECTOR,
    NEEDS_ATTENTION
}
