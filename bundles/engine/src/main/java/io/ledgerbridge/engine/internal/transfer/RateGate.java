package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.model.spi.RateBudget;
import io.ledgerbridge.model.spi.RateLimitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The rate budget and concurrency cap of one connection. Calls start only while fewer than {@code requests} started
 * in the last {@code window} (a sliding window, so no fixed server window can be exceeded either), fewer than
 * {@code concurrency} are in flight, and the server's own last word (remaining calls until its reset, or a
 * Retry-After) allows it. Thread-safe.
 */
public final class RateGate {
    private final RateBudget budget;
    private final Deque<Instant> starts = new ArrayDeque<>();
    private int inFlight;
    private Instant blockedUntil = Instant.MIN;
    private int serverRemaining = Integer.MAX_VALUE;
    private Instant serverResetAt = Instant.MIN;

    public RateGate(RateBudget budget) {
        this.budget = budget;
    }

    /** How many calls may start now. */
    public synchronized int available(Instant now) {
        if (now.isBefore(blockedUntil)) {
            return 0;
        }
        prune(now);
        int cost = Math.max(1, budget.requestsPerExport());
        int byWindow = Math.max(0, budget.requests() - starts.size() * cost) / cost;
        int byServer = now.isBefore(serverResetAt) ? serverRemaining / cost : Integer.MAX_VALUE;
        return Math.max(0, Math.min(budget.concurrency() - inFlight, Math.min(byWindow, byServer)));
    }

    /** Records the start of a call. */
    public synchronized void acquire(Instant now) {
        starts.addLast(now);
        inFlight++;
        if (now.isBefore(serverResetAt)) {
            serverRemaining = Math.max(0, serverRemaining - Math.max(1, budget.requestsPerExport()));
        }
    }

    /** Records the end of a call and what the server said about its limit. */
    public synchronized void release(RateLimitStatus status, Duration retryAfter, Instant now) {
        inFlight = Math.max(0, inFlight - 1);
        if (status != null && status.resetAt() != null && status.resetAt().isAfter(now)) {
            serverRemaining = status.remaining();
            serverResetAt = status.resetAt();
            if (status.remaining() <= 0) {
                blockedUntil = later(blockedUntil, status.resetAt());
            }
        }
        if (retryAfter != null) {
            blockedUntil = later(blockedUntil, now.plus(retryAfter));
        }
    }

    /** The earliest time a call may start again when none may now. */
    public synchronized Instant nextChance(Instant now) {
        prune(now);
        Instant next = blockedUntil.isAfter(now) ? blockedUntil : now;
        if (!starts.isEmpty() && starts.size() * Math.max(1, budget.requestsPerExport()) >= budget.requests()) {
            next = later(next, starts.peekFirst().plus(budget.window()));
        }
        return next;
    }

    private void prune(Instant now) {
        Instant horizon = now.minus(budget.window());
        while (!starts.isEmpty() && !starts.peekFirst().isAfter(horizon)) {
            starts.removeFirst();
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
