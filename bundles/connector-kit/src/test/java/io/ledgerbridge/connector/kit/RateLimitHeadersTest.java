package io.ledgerbridge.connector.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.spi.RateLimitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitHeadersTest {

    private static final Instant NOW = Instant.parse("2025-06-02T10:07:30Z");

    private static Map<String, List<String>> headers(String... nameValuePairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            headers.put(nameValuePairs[i], Arrays.asList(nameValuePairs[i + 1]));
        }
        return headers;
    }

    @Test
    void retryAfterDeltaSeconds() {
        assertEquals(
                Optional.of(Duration.ofSeconds(120)), RateLimitHeaders.retryAfter(headers("Retry-After", "120"), NOW));
        assertEquals(Optional.of(Duration.ZERO), RateLimitHeaders.retryAfter(headers("retry-after", " 0 "), NOW));
        assertEquals(
                Optional.of(Duration.ofSeconds(2)),
                RateLimitHeaders.retryAfter(headers("RETRY-AFTER", "1.2"), NOW),
                "fractions round up");
    }

    @Test
    void retryAfterHttpDate() {
        assertEquals(
                Optional.of(Duration.ofSeconds(90)),
                RateLimitHeaders.retryAfter(headers("Retry-After", "Mon, 2 Jun 2025 10:09:00 GMT"), NOW));
        assertEquals(
                Optional.of(Duration.ZERO),
                RateLimitHeaders.retryAfter(headers("Retry-After", "Mon, 2 Jun 2025 09:00:00 GMT"), NOW),
                "a date in the past means: now");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "-5",
                "soon",
                "12s",
                "1e3",
                "99999999999999999999999999",
                "Monday, 02-Jun-25 10:09:00 GMT",
                "2025-06-02T10:09:00Z",
                "0x10"
            })
    void malformedRetryAfterIsIgnored(String value) {
        assertEquals(Optional.empty(), RateLimitHeaders.retryAfter(headers("Retry-After", value), NOW));
    }

    @Test
    void missingOrNullRetryAfterIsIgnored() {
        assertEquals(Optional.empty(), RateLimitHeaders.retryAfter(Map.of(), NOW));
        assertEquals(Optional.empty(), RateLimitHeaders.retryAfter(headers("Retry-After", null), NOW));
        assertEquals(Optional.empty(), RateLimitHeaders.retryAfter(Map.of("Retry-After", List.of()), NOW));
    }

    @Test
    void billomatResetIsEpochSecondsOfTheNextWindow() {
        long nextWindow = Instant.parse("2025-06-02T10:15:00Z").getEpochSecond();

        Optional<RateLimitStatus> status = RateLimitHeaders.status(
                headers("X-Rate-Limit-Remaining", "299", "X-Rate-Limit-Reset", Long.toString(nextWindow)), NOW);

        assertEquals(Optional.of(new RateLimitStatus(299, Instant.parse("2025-06-02T10:15:00Z"))), status);
    }

    @Test
    void commonXRateLimitVariantAnyCase() {
        assertEquals(
                Optional.of(new RateLimitStatus(5, Instant.ofEpochSecond(1_750_000_000L))),
                RateLimitHeaders.status(headers("x-ratelimit-remaining", "5", "X-RATELIMIT-RESET", "1750000000"), NOW));
    }

    @Test
    void ietfVariantResetIsDeltaSeconds() {
        assertEquals(
                Optional.of(new RateLimitStatus(0, NOW.plusSeconds(30))),
                RateLimitHeaders.status(headers("RateLimit-Remaining", "0", "RateLimit-Reset", "30"), NOW));
    }

    @Test
    void resetHeuristicBySize() {
        assertEquals(
                Optional.of(NOW.plusSeconds(999_999_999L)),
                RateLimitHeaders.parseReset("999999999", NOW),
                "below a billion: seconds from now");
        assertEquals(
                Optional.of(Instant.ofEpochSecond(1_000_000_000L)),
                RateLimitHeaders.parseReset("1000000000", NOW),
                "from a billion: epoch seconds");
        assertEquals(
                Optional.of(Instant.ofEpochMilli(1_748_858_850_000L)),
                RateLimitHeaders.parseReset("1748858850000", NOW),
                "from a trillion: epoch milliseconds");
        assertEquals(Optional.of(NOW.plusSeconds(2)), RateLimitHeaders.parseReset("1.5", NOW));
        assertEquals(
                Optional.of(Instant.parse("2025-06-02T10:09:00Z")),
                RateLimitHeaders.parseReset("Mon, 2 Jun 2025 10:09:00 GMT", NOW));
    }

    @Test
    void firstCompleteVariantWins() {
        Map<String, List<String>> headers = headers(
                "X-Rate-Limit-Remaining",
                "7",
                "X-RateLimit-Remaining",
                "8",
                "X-RateLimit-Reset",
                "60",
                "RateLimit-Remaining",
                "9",
                "RateLimit-Reset",
                "10");

        assertEquals(
                Optional.of(new RateLimitStatus(8, NOW.plusSeconds(60))),
                RateLimitHeaders.status(headers, NOW),
                "the Billomat pair lacks its reset, so the next complete pair is used");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "many", "1.5", "3e2"})
    void malformedRemainingIsIgnored(String remaining) {
        assertEquals(
                Optional.empty(),
                RateLimitHeaders.status(
                        headers("X-Rate-Limit-Remaining", remaining, "X-Rate-Limit-Reset", "1750000000"), NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-30", "later", "99999999999999999999999"})
    void malformedResetIsIgnored(String reset) {
        assertEquals(
                Optional.empty(),
                RateLimitHeaders.status(headers("X-Rate-Limit-Remaining", "3", "X-Rate-Limit-Reset", reset), NOW));
    }

    @Test
    void hugeRemainingIsCapped() {
        assertEquals(
                Integer.MAX_VALUE,
                RateLimitHeaders.status(headers("RateLimit-Remaining", "99999999999", "RateLimit-Reset", "1"), NOW)
                        .orElseThrow()
                        .remaining());
    }

    @Test
    void suggestedWaitPrefersRetryAfterThenTheReset() {
        assertEquals(
                Optional.of(Duration.ofSeconds(5)),
                RateLimitHeaders.suggestedWait(
                        headers("Retry-After", "5", "X-Rate-Limit-Remaining", "0", "X-Rate-Limit-Reset", "600"), NOW));
        assertEquals(
                Optional.of(Duration.ofSeconds(450)),
                RateLimitHeaders.suggestedWait(
                        headers(
                                "X-Rate-Limit-Remaining",
                                "0",
                                "X-Rate-Limit-Reset",
                                Long.toString(
                                        Instant.parse("2025-06-02T10:15:00Z").getEpochSecond())),
                        NOW));
        assertEquals(
                Optional.of(Duration.ZERO),
                RateLimitHeaders.suggestedWait(
                        headers("X-Rate-Limit-Remaining", "0", "X-Rate-Limit-Reset", "1700000000"), NOW),
                "a reset in the past");
        assertTrue(RateLimitHeaders.suggestedWait(headers("Retry-After", "nonsense"), NOW)
                .isEmpty());
    }
}
