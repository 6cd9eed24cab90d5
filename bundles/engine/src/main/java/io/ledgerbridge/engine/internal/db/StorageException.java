package io.ledgerbridge.engine.internal.db;

/** The database failed; the transaction was rolled back and nothing changed. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
