package io.ledgerbridge.connector.kit;

import io.ledgerbridge.model.spi.RateLimitStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what a server says about its rate limit: {@code Retry-After} and the remaining/reset header pairs.
 * Header names match case-insensitively; malformed values are ignored, never thrown.
 *
 * <p>Remaining/reset pairs are read in this order, the first complete and valid pair wins:
 * {@code X-Rate-Limit-Remaining}/{@code -Reset} (Billomat), {@code X-RateLimit-Remaining}/{@code -Reset} (GitHub
 * and many others), {@code RateLimit-Remaining}/{@code -Reset} (IETF draft). A reset value is read by size, because
 * servers differ: below 1,000,000,000 it is seconds from now (the IETF draft's delta; a billion seconds is 31 years,
 * so no real delta is that large and no real epoch time is that small), from there up to 1,000,000,000,000 it is
 * epoch seconds (Billomat: the start of the next window), above that epoch milliseconds. An HTTP date is accepted
 * too.
 */
public final class RateLimitHeaders {

    /** Below this a reset value is a delta in seconds, from here on epoch seconds. */
    static final long EPOCH_SECONDS_FROM = 1_000_000_000L;
    /** From here on a reset value is epoch milliseconds. */
    static final long EPOCH_MILLIS_FROM = 1_000_000_000_000L;

    private static final List<String> PREFIXES = List.of("X-Rate-Limit-", "X-RateLimit-", "RateLimit-");

    private RateLimitHeaders() {}

    /**
     * Reads {@code Retry-After}: delta-seconds ({@code 120}) or an HTTP date ({@code Wed, 21 Oct 2015 07:28:00 GMT}).
     *
     * @param headers the response headers (any key case)
     * @param now the current time, for dates
     * @return the wait, zero for a date in the past; empty when absent or malformed
     */
    public static Optional<Duration> retryAfter(Map<String, ? extends List<String>> headers, Instant now) {
        return first(headers, "Retry-After").flatMap(value -> parseRetryAfter(value, now));
    }

    /**
     * Reads the remaining/reset pair (see the class description for names and the reset heuristic).
     *
     * @param headers the response headers (any key case)
     * @param now the current time, for delta resets
     * @return the state; empty unless both values of one variant are present and valid
     */
    public static Optional<RateLimitStatus> status(Map<String, ? extends List<String>> headers, Instant now) {
        for (String prefix : PREFIXES) {
            Optional<Integer> remaining = first(headers, prefix + "Remaining").flatMap(RateLimitHeaders::parseCount);
            Optional<Instant> reset = first(headers, prefix + "Reset").flatMap(value -> parseReset(value, now));
            if (remaining.isPresent() && reset.isPresent()) {
                return Optional.of(new RateLimitStatus(remaining.get(), reset.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * How long to wait before the next call: {@code Retry-After} when valid, otherwise the time until the reset of
     * the remaining/reset pair (Billomat sends no Retry-After on 429, only the reset).
     *
     * @param headers the response headers (any key case)
     * @param now the current time
     * @return the wait, never negative; empty when the server said nothing usable
     */
    public static Optional<Duration> suggestedWait(Map<String, ? extends List<String>> headers, Instant now) {
        Optional<Duration> retryAfter = retryAfter(headers, now);
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        return status(headers, now).map(status -> nonNegative(Duration.between(now, status.resetAt())));
    }

    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        Optional<BigDecimal> seconds = parseNonNegativeNumber(value);
        if (seconds.isPresent()) {
            return toWholeSeconds(seconds.get()).map(Duration::ofSeconds);
        }
        return parseHttpDate(value).map(date -> nonNegative(Duration.between(now, date)));
    }

    static Optional<Instant> parseReset(String value, Instant now) {
        Optional<BigDecimal> number = parseNonNegativeNumber(value);
        if (number.isEmpty()) {
            return parseHttpDate(value);
        }
        Optional<Long> whole = toWholeSeconds(number.get());
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        long reset = whole.get();
        if (reset < EPOCH_SECONDS_FROM) {
            return Optional.of(now.plusSeconds(reset));
        }
        return Optional.of(reset < EPOCH_MILLIS_FROM ? Instant.ofEpochSecond(reset) : Instant.ofEpochMilli(reset));
    }

    private static Optional<Integer> parseCount(String value) {
        return parseNonNegativeNumber(value)
                .filter(number -> number.stripTrailingZeros().scale() <= 0)
                .map(number -> number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                        ? Integer.MAX_VALUE
                        : number.intValueExact());
    }

    private static Optional<BigDecimal> parseNonNegativeNumber(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty() || trimmed.length() > 30 || !trimmed.matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed));
    }

    /** Rounds fractions up (waiting a little longer is safe) and rejects values beyond any sane time. */
    private static Optional<Long> toWholeSeconds(BigDecimal number) {
        BigDecimal whole = number.setScale(0, RoundingMode.CEILING);
        return whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0
                ? Optional.empty()
                : Optional.of(whole.longValueExact());
    }

    private static Optional<Instant> parseHttpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static Optional<String> first(Map<String, ? extends List<String>> headers, String name) {
        for (Map.Entry<String, ? extends List<String>> entry : headers.entrySet()) {
            if (name.equalsIgnoreCase(entry.getKey())
                    && entry.getValue() != null
                    && !entry.getValue().isEmpty()
                    && entry.getValue().get(0) != null) {
                return Optional.of(entry.getValue().get(0));
            }
        }
        return Optional.empty();
    }
}
