package io.ledgerbridge.model;

import static io.ledgerbridge.model.DocumentStatus.CANCELLED;
import static io.ledgerbridge.model.DocumentStatus.DRAFT;
import static io.ledgerbridge.model.DocumentStatus.FINALIZED;
import static io.ledgerbridge.model.DocumentStatus.SENT;

/**
 * The document state machine.
 *
 * <pre>
 * DRAFT --finalize--> FINALIZED --send--> SENT        (send: outgoing documents only)
 * DRAFT | FINALIZED | SENT --cancel--> CANCELLED      (not once paid: issue a credit note instead)
 * approve:   FINALIZED or SENT, approval PENDING -> APPROVED
 * mark paid: FINALIZED or SENT, payment OPEN     -> PAID
 * </pre>
 */
public final class Lifecycle {
    private Lifecycle() {}

    /**
     * The state after the action.
     *
     * @throws IllegalTransitionException when the action is not allowed, with a message that says why
     */
    public static DocumentState apply(DocumentState state, Direction direction, LifecycleAction action) {
        return switch (action) {
            case FINALIZE -> finalizeDraft(state);
            case SEND -> send(state, direction);
            case APPROVE -> approve(state);
            case MARK_PAID -> markPaid(state);
            case CANCEL -> cancel(state);
        };
    }

    private static DocumentState finalizeDraft(DocumentState s) {
        requireNotCancelled(s, "finalized");
        if (s.status() != DRAFT) {
            throw new IllegalTransitionException(
                    "the document is already " + s.status() + "; only a DRAFT can be finalized");
        }
        return new DocumentState(FINALIZED, s.paymentStatus(), s.approval());
    }

    private static DocumentState send(DocumentState s, Direction direction) {
        if (direction == Direction.INCOMING) {
            throw new IllegalTransitionException("an INCOMING document is received, not sent");
        }
        requireIssued(s, "sent");
        if (s.status() == SENT) {
            throw new IllegalTransitionException("the document has already been sent");
        }
        return new DocumentState(SENT, s.paymentStatus(), s.approval());
    }

    private static DocumentState approve(DocumentState s) {
        requireIssued(s, "approved");
        if (s.approval() == ApprovalState.APPROVED) {
            throw new IllegalTransitionException("the document has already been approved");
        }
        return new DocumentState(s.status(), s.paymentStatus(), ApprovalState.APPROVED);
    }

    private static DocumentState markPaid(DocumentState s) {
        requireIssued(s, "marked paid");
        if (s.paymentStatus() == PaymentStatus.PAID) {
            throw new IllegalTransitionException("the document is already marked paid");
        }
        return new DocumentState(s.status(), PaymentStatus.PAID, s.approval());
    }

    private static DocumentState cancel(DocumentState s) {
        requireNotCancelled(s, "cancelled again");
        if (s.paymentStatus() == PaymentStatus.PAID) {
            throw new IllegalTransitionException("a paid document cannot be cancelled; issue a credit note instead");
        }
        return new DocumentState(CANCELLED, s.paymentStatus(), s.approval());
    }

    private static void requireIssued(DocumentState s, String verb) {
        requireNotCancelled(s, verb);
        if (s.status() == DRAFT) {
            throw new IllegalTransitionException("a DRAFT cannot be " + verb + "; finalize the document first");
        }
    }

    private static void requireNotCancelled(DocumentState s, String verb) {
        if (s.status() == CANCELLED) {
            throw new IllegalTransitionException("a CANCELLED document cannot be " + verb);
        }
    }
}
