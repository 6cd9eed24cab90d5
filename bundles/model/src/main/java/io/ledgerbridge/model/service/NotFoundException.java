package io.ledgerbridge.model.service;

/** The thing does not exist, or exists outside the caller's scope (the two are not told apart). */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
