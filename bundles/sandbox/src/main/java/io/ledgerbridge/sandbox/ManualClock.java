package io.ledgerbridge.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that only moves when told to, so tests of rate-limit windows and token expiry need no sleeps.
 * Pass it to a simulator's builder with {@code clock(...)}; it is thread-safe.
 */
public final class ManualClock extends Clock {

    private volatile Instant now;

    /** @param start the initial instant */
    public ManualClock(Instant start) {
        this.now = start;
    }

    /** @return a clock starting at the current system time */
    public static ManualClock startingNow() {
        return new ManualClock(Instant.now());
    }

    /**
     * @param amount how far to move the clock forward (or back, if negative)
     * @return the new instant
     */
    public synchronized Instant advance(Duration amount) {
        now = now.plus(amount);
        return now;
    }

    /** @param instant the new current instant */
    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("ManualClock is always UTC");
    }
}
