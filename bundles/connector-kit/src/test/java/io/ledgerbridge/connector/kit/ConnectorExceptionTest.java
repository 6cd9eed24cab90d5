package io.ledgerbridge.connector.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.RateLimitStatus;
import io.ledgerbridge.model.spi.TestResult;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectorExceptionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "AUTH, AUTH",
        "PERMISSION, PERMISSION",
        "NOT_FOUND, NOT_FOUND",
        "VALIDATION, VALIDATION",
        "RATE_LIMIT, RATE_LIMITED",
        "TRANSPORT, UNAVAILABLE",
        "PROTOCOL, UNAVAILABLE",
        "CONFIGURATION, CONFIGURATION"
    })
    void kindsMapToFailureKinds(Kind kind, FailureKind expected) {
        Outcome.Failed outcome = new ConnectorException(kind, "what happened").toOutcome();

        assertEquals(expected, outcome.kind());
        assertEquals("what happened", outcome.message());
        assertNull(outcome.retryAfter());
        assertNull(outcome.rateLimit());
        assertEquals(expected.retryable(), kind.retryable());
    }

    @Test
    void outcomeCarriesWaitAndRateLimitState() {
        RateLimitStatus status = new RateLimitStatus(0, Instant.parse("2025-01-01T10:15:00Z"));
        ConnectorException failure = ConnectorException.builder(Kind.RATE_LIMIT, "slow down")
                .httpStatus(429)
                .retryAfter(Duration.ofSeconds(42))
                .rateLimit(status)
                .build();

        Outcome.Failed outcome = failure.toOutcome();

        assertEquals(FailureKind.RATE_LIMITED, outcome.kind());
        assertEquals(Duration.ofSeconds(42), outcome.retryAfter());
        assertSame(status, outcome.rateLimit());
        assertEquals(429, failure.httpStatus());
        assertFalse(failure.uncertain());
    }

    @Test
    void plainConstructorsHaveNoHttpDetails() {
        IOException cause = new IOException("reset");
        ConnectorException failure = new ConnectorException(Kind.TRANSPORT, "gone", cause);

        assertEquals(0, failure.httpStatus());
        assertFalse(failure.uncertain());
        assertTrue(failure.retryAfter().isEmpty());
        assertTrue(failure.rateLimit().isEmpty());
        assertSame(cause, failure.getCause());
    }

    @Test
    void negativeWaitsCountAsZero() {
        ConnectorException failure = ConnectorException.builder(Kind.RATE_LIMIT, "x")
                .retryAfter(Duration.ofSeconds(-5))
                .build();

        assertEquals(Duration.ZERO, failure.retryAfter().orElseThrow());
    }

    @Test
    void testResultsCarryTheMappedKindAndMessage() {
        TestResult result = ConnectorException.builder(Kind.PERMISSION, "the user lacks API > Inbox access")
                .httpStatus(403)
                .build()
                .toTestResult();

        assertFalse(result.ok());
        assertEquals(FailureKind.PERMISSION, result.kind());
        assertEquals("the user lacks API > Inbox access", result.message());
    }

    @Test
    void toStringShowsKindStatusAndUncertainty() {
        ConnectorException failure = ConnectorException.builder(Kind.PROTOCOL, "boom")
                .httpStatus(502)
                .uncertain(true)
                .build();

        assertEquals("ConnectorException[PROTOCOL 502, uncertain]: boom", failure.toString());
    }
}
