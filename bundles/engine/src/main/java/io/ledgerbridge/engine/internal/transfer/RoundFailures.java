package io.ledgerbridge.engine.internal.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The warnings of a loop that fails the same way many times a second (the database is unreachable): the first is
 * logged at once, then at most one per interval, saying how many went unlogged, so an outage leaves a few readable
 * lines instead of hundreds.
 */
final class RoundFailures {
    private final Consumer<String> warn;
    private final Clock clock;
    private final Duration interval;
    private Instant lastLogged;
    private int unlogged;

    RoundFailures(Consumer<String> warn, Clock clock, Duration interval) {
        this.warn = warn;
        this.clock = clock;
        this.interval = interval;
    }

    synchronized void report(RuntimeException e) {
        Instant now = clock.instant();
        if (lastLogged != null && now.isBefore(lastLogged.plus(interval))) {
            unlogged++;
            return;
        }
        String more = unlogged == 0 ? "" : " (" + unlogged + " more failed rounds since the last warning)";
        warn.accept("Delivery round failed, retrying shortly" + more + ": " + e);
        lastLogged = now;
        unlogged = 0;
    }
}
