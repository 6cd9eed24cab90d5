package io.ledgerbridge.model.spi;

/** What a connector can do. */
public enum Capability {
    /** Sends documents to the target. */
    EXPORT,
    /** Brings documents from the target into the platform. */
    IMPORT,
    /** Creates and updates the customer or supplier in the target. */
    CONTACT_SYNC,
    /** Records in the target that a document was paid. */
    PAYMENT_STATUS,
    /** Records in the target that a document it has was cancelled. */
    CANCELLATION_STATUS
}
