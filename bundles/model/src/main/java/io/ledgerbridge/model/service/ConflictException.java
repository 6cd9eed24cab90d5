package io.ledgerbridge.model.service;

/** The request conflicts with the stored state (an illegal lifecycle move, a reused source id); nothing changed. */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
