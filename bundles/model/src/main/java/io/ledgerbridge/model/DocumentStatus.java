package io.ledgerbridge.model;

/** The main lifecycle status of a document; see {@link Lifecycle} for the allowed moves. */
public enum DocumentStatus {
    DRAFT,
    FINALIZED,
    SENT,
    CANCELLED
}
