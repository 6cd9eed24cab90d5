package io.ledgerbridge.model;

/** Whether a person approved the document (used by connections that export approved documents only). */
public enum ApprovalState {
    PENDING,
    APPROVED
}
