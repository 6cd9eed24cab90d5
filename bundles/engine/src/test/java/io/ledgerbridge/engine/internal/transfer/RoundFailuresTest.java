package io.ledgerbridge.engine.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundFailuresTest {
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void anOutageFailingFourTimesASecondLeavesOneWarningPerIntervalCountingTheRest() {
        List<String> warnings = new ArrayList<>();
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        RoundFailures failures = new RoundFailures(warnings::add, clock, Duration.ofSeconds(30));
        for (int i = 0; i < 4 * 60; i++) { // one minute at 4 failed rounds a second
            failures.report(new IllegalStateException("database unreachable"));
            now = now.plusMillis(250);
        }
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).endsWith(": java.lang.IllegalStateException: database unreachable"));
        assertTrue(warnings.get(1).contains("(119 more failed rounds since the last warning)"), warnings.get(1));
    }
}
