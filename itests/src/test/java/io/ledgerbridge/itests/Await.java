package io.ledgerbridge.itests;

import java.util.function.BooleanSupplier;

/** The one bounded wait of the integration tests: polls a condition until it holds or the time is up. */
public final class Await {
    private static final long POLL_MILLIS = 100;

    private Await() {}

    /**
     * Waits until the condition holds.
     *
     * @throws AssertionError naming what did not happen when it still does not hold after {@code seconds}
     */
    public static void until(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(what + ": not within " + seconds + " s");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
