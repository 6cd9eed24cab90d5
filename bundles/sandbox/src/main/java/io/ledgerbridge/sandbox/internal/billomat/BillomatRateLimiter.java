package io.ledgerbridge.sandbox.internal.billomat;

import java.util.HashMap;
import java.util.Map;

/**
 * Fixed-window request counting per account and app tier (unregistered tools share one budget per account).
 * A request past the quota is refused and does not count.
 */
final class BillomatRateLimiter {

    /** The outcome for one request and the values of the X-Rate-Limit headers. */
    record Decision(boolean allowed, int quota, int remaining, long resetEpochSecond, long retryAfterSeconds) {}

    private record Window(long start, int used) {}

    private final Map<String, Window> windows = new HashMap<>();

    Decision acquire(String bucket, int quota, int windowSeconds, long nowEpochSecond) {
        return decide(bucket, quota, windowSeconds, nowEpochSecond, true);
    }

    /** The current values without counting a request (for responses that do not count, e.g. 401). */
    Decision peek(String bucket, int quota, int windowSeconds, long nowEpochSecond) {
        return decide(bucket, quota, windowSeconds, nowEpochSecond, false);
    }

    void clear() {
        windows.clear();
    }

    private Decision decide(String bucket, int quota, int windowSeconds, long now, boolean count) {
        long start = Math.floorDiv(now, windowSeconds) * (long) windowSeconds;
        Window window = windows.get(bucket);
        int used = window == null || window.start != start ? 0 : window.used;
        boolean allowed = used < quota;
        if (count && allowed) {
            used++;
            windows.put(bucket, new Window(start, used));
        }
        long reset = start + windowSeconds;
        return new Decision(!count || allowed, quota, Math.max(0, quota - used), reset, Math.max(1, reset - now));
    }
}
