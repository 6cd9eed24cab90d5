package io.ledgerbridge.engine.internal.transfer;

/** Why a document goes to a connection: its first export, or a payment update of an exported document. */
public enum Purpose {
    EXPORT,
    PAYMENT,
    CANCELLATION
}
