package io.ledgerbridge.model;

import static io.ledgerbridge.model.LifecycleAction.APPROVE;
import static io.ledgerbridge.model.LifecycleAction.CANCEL;
import static io.ledgerbridge.model.LifecycleAction.FINALIZE;
import static io.ledgerbridge.model.LifecycleAction.MARK_PAID;
import static io.ledgerbridge.model.LifecycleAction.SEND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LifecycleTest {
    private static DocumentState run(Direction direction, LifecycleAction... actions) {
        DocumentState s = DocumentState.INITIAL;
        for (LifecycleAction a : actions) {
            s = Lifecycle.apply(s, direction, a);
        }
        return s;
    }

    private static String refused(Direction direction, LifecycleAction... actions) {
        return assertThrows(IllegalTransitionException.class, () -> run(direction, actions))
                .getMessage();
    }

    @Test
    void theHappyPathOfAnInvoice() {
        DocumentState s = run(Direction.OUTGOING, FINALIZE, APPROVE, SEND, MARK_PAID);
        assertEquals(new DocumentState(DocumentStatus.SENT, PaymentStatus.PAID, ApprovalState.APPROVED), s);
    }

    @Test
    void aDraftMustBeFinalizedFirst() {
        assertEquals("a DRAFT cannot be sent; finalize the document first", refused(Direction.OUTGOING, SEND));
        assertEquals("a DRAFT cannot be approved; finalize the document first", refused(Direction.OUTGOING, APPROVE));
        assertEquals(
                "a DRAFT cannot be marked paid; finalize the document first", refused(Direction.OUTGOING, MARK_PAID));
    }

    @Test
    void actionsAreNotRepeated() {
        assertEquals(
                "the document is already FINALIZED; only a DRAFT can be finalized",
                refused(Direction.OUTGOING, FINALIZE, FINALIZE));
        assertEquals("the document has already been sent", refused(Direction.OUTGOING, FINALIZE, SEND, SEND));
        assertEquals("the document has already been approved", refused(Direction.OUTGOING, FINALIZE, APPROVE, APPROVE));
        assertEquals(
                "the document is already marked paid", refused(Direction.OUTGOING, FINALIZE, MARK_PAID, MARK_PAID));
    }

    @Test
    void cancelledIsFinalAndPaidCannotBeCancelled() {
        assertEquals(DocumentStatus.CANCELLED, run(Direction.OUTGOING, CANCEL).status());
        assertEquals("a CANCELLED document cannot be finalized", refused(Direction.OUTGOING, CANCEL, FINALIZE));
        assertEquals("a CANCELLED document cannot be cancelled again", refused(Direction.OUTGOING, CANCEL, CANCEL));
        assertEquals(
                "a paid document cannot be cancelled; issue a credit note instead",
                refused(Direction.OUTGOING, FINALIZE, MARK_PAID, CANCEL));
    }

    @Test
    void incomingDocumentsAreNotSent() {
        assertEquals("an INCOMING document is received, not sent", refused(Direction.INCOMING, FINALIZE, SEND));
        assertEquals(
                PaymentStatus.PAID,
                run(Direction.INCOMING, FINALIZE, APPROVE, MARK_PAID).paymentStatus());
    }
}
