package io.ledgerbridge.model.spi;

/**
 * The result of a connection test.
 *
 * @param ok true when the target accepted the credentials and settings
 * @param kind why it failed, null when ok
 * @param message what a partner sees, e.g. "Connected to sevdesk (bookkeeping system 2.0)"
 */
public record TestResult(boolean ok, FailureKind kind, String message) {
    public static TestResult success(String message) {
        return new TestResult(true, null, message);
    }

    public static TestResult failure(FailureKind kind, String message) {
        return new TestResult(false, kind, message);
    }
}
