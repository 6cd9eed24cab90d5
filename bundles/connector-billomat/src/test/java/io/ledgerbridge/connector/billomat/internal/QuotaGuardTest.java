package io.ledgerbridge.connector.billomat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.model.spi.RateLimitStatus;
import io.ledgerbridge.sandbox.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guard counts calls against Billomat's last word, also with calls in flight, and opens with a new window. */
class QuotaGuardTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-02T10:10:00Z"));
    private final QuotaGuard guard = new QuotaGuard(clock);
    private final Instant reset = Instant.parse("2026-11-02T10:15:00Z");

    @Test
    void unknownUntilTheFirstReplyThenCountedDown() throws ConnectorException {
        assertNull(guard.status());
        guard.acquire(0);
        guard.release(Optional.of(new RateLimitStatus(2, reset)));
        guard.acquire(0);
        guard.acquire(0);
        ConnectorException full = assertThrows(ConnectorException.class, () -> guard.acquire(0));
        assertEquals(ConnectorException.Kind.RATE_LIMIT, full.kind());
        assertEquals(Duration.ofMinutes(5), full.retryAfter().orElseThrow());
        assertFalse(full.uncertain());
        clock.advance(Duration.ofMinutes(5));
        guard.acquire(0);
    }

    @Test
    void repliesCountCallsStillInFlightAndLateRepliesOfOldWindowsAreIgnored() throws ConnectorException {
        guard.acquire(0);
        guard.release(Optional.of(new RateLimitStatus(10, reset)));
        guard.acquire(0);
        guard.acquire(0);
        guard.release(Optional.of(new RateLimitStatus(9, reset))); // the other call is not counted by Billomat yet
        assertEquals(8, guard.status().remaining());
        guard.release(Optional.of(new RateLimitStatus(300, reset.minusSeconds(900))));
        assertEquals(8, guard.status().remaining());
        guard.release(Optional.of(new RateLimitStatus(299, reset.plusSeconds(900))));
        assertEquals(299, guard.status().remaining());
    }

    @Test
    void importsLeaveTheirShareForExports() throws ConnectorException {
        guard.acquire(0);
        guard.release(Optional.of(new RateLimitStatus(62, reset)));
        assertTrue(guard.allows(2, 60));
        guard.acquire(60);
        guard.acquire(60);
        assertFalse(guard.allows(1, 60));
        assertThrows(ConnectorException.class, () -> guard.acquire(60));
        guard.acquire(0);
    }
}
