package io.ledgerbridge.model;

/** Whether the platform issued the document (outgoing: income) or received it (incoming: expense). */
public enum Direction {
    OUTGOING,
    INCOMING
}
