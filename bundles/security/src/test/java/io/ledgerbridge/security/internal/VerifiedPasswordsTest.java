package io.ledgerbridge.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {
    @Test
    void aSuccessIsRememberedForItsLifetimeOnly() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        VerifiedPasswords now = new VerifiedPasswords(Clock.fixed(start, ZoneOffset.UTC), Duration.ofMinutes(5));
        now.add("pw", "stored");

        assertTrue(now.contains("pw", "stored"));
        assertFalse(now.contains("pw2", "stored"));
        assertFalse(now.contains("pw", "stored2"));
    }

    @Test
    void anExpiredSuccessIsForgotten() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        VerifiedPasswords cache = new VerifiedPasswords(Clock.fixed(start, ZoneOffset.UTC), Duration.ZERO);
        cache.add("pw", "stored");

        assertFalse(cache.contains("pw", "stored"));
    }
}
