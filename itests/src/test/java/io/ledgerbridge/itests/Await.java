package io.ledgerbridge.itests;

import java.util.function.BooleanSupplier;

/**
 * The bounded waits of the integration tests: polls a condition until it holds or the time is up, or watches one that
 * must keep holding for a given time.
 */
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

    /**
     * Watches a condition for the whole time: for what must keep holding (no hot loop, no 500 during an outage).
     *
     * @throws AssertionError naming what broke as soon as the condition does not hold
     */
    public static void holds(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (!condition.getAsBoolean()) {
                throw new AssertionError(what + ": broken within " + seconds + " s");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
