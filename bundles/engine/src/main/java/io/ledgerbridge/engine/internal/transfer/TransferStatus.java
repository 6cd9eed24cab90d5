package io.ledgerbridge.engine.internal.transfer;

/** Where a transfer stands. WAITING_FOR_CONNECTOR is shown for PENDING transfers whose connector is not installed. */
public enum TransferStatus {
    PENDING,
    IN_FLIGHT,
    DELIVERED,
    FAILED,
    SKIPPED,
    CANCELLED,
    WAITING_FOR_CONNECTOR
}
