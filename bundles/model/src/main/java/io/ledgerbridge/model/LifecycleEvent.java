package io.ledgerbridge.model;

/** Something that happened to a document; connections are triggered by these events. */
public enum LifecycleEvent {
    CREATED,
    FINALIZED,
    APPROVED,
    SENT,
    PAID,
    CANCELLED
}
