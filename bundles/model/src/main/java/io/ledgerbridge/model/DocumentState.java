package io.ledgerbridge.model;

/**
 * The lifecycle state of a document.
 *
 * @param status draft, finalized, sent or cancelled
 * @param paymentStatus open or paid
 * @param approval pending or approved
 */
public record DocumentState(DocumentStatus status, PaymentStatus paymentStatus, ApprovalState approval) {
    /** The state of every newly created document. */
    public static final DocumentState INITIAL =
            new DocumentState(DocumentStatus.DRAFT, PaymentStatus.OPEN, ApprovalState.PENDING);
}
