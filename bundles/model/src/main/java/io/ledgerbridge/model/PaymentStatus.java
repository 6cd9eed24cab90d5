package io.ledgerbridge.model;

/** Whether a document has been paid. */
public enum PaymentStatus {
    OPEN,
    PAID
}
