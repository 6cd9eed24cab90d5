package io.ledgerbridge.model;

/** A lifecycle action that is not allowed in the document's current state; the message says why. */
public class IllegalTransitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String message) {
        super(message);
    }
}
