package io.ledgerbridge.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private Instant now = Instant.parse("2026-11-21T08:00:00Z");
    private final Sessions sessions = new Sessions(() -> now);
    private final Caller demo = new Caller("demo", Set.of("partner", "tenant:demo"));

    @Test
    void aSessionEndsAfterHalfAnHourIdleButUseKeepsItAlive() {
        Sessions.Session s = sessions.open(demo);
        now = now.plus(Duration.ofMinutes(29));
        assertTrue(sessions.touch(s.id()).isPresent());
        now = now.plus(Duration.ofMinutes(29));
        assertTrue(sessions.touch(s.id()).isPresent(), "the idle time restarts with every request");
        now = now.plus(Duration.ofMinutes(31));
        assertFalse(sessions.touch(s.id()).isPresent());
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInWhateverItsUse() {
        Sessions.Session s = sessions.open(demo);
        for (int i = 0; i < 12 * 3; i++) {
            now = now.plus(Duration.ofMinutes(20));
            sessions.touch(s.id());
        }
        assertFalse(sessions.touch(s.id()).isPresent());
    }

    @Test
    void signOutEndsTheSessionAndEverySignInHasItsOwnIdAndToken() {
        Sessions.Session a = sessions.open(demo);
        Sessions.Session b = sessions.open(demo);
        assertNotEquals(a.id(), b.id());
        assertNotEquals(a.csrfToken(), b.csrfToken());
        assertFalse(a.acceptsCsrf(b.csrfToken()));
        assertFalse(a.acceptsCsrf(null));
        assertTrue(a.acceptsCsrf(a.csrfToken()));
        sessions.close(a.id());
        assertFalse(sessions.touch(a.id()).isPresent());
        assertTrue(sessions.touch(b.id()).isPresent());
    }

    @Test
    void fiveFailuresLockTheUserForTheRestOfTheWindow() {
        for (int i = 0; i < 4; i++) {
            sessions.recordFailure("demo");
        }
        assertEquals(0, sessions.lockedForSeconds("demo"));
        sessions.recordFailure("demo");
        long locked = sessions.lockedForSeconds("demo");
        assertTrue(locked > 0 && locked <= 301, "locked for " + locked);
        assertEquals(0, sessions.lockedForSeconds("other"));
        now = now.plus(Sessions.FAILURE_WINDOW).plusSeconds(1);
        assertEquals(0, sessions.lockedForSeconds("demo"));
    }
}
