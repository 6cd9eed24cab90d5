package io.ledgerbridge.sandbox.internal.http;

import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Requests held open without an answer (timeout and accept-then-stall faults). No thread waits on them: a timer closes each one when
 * its hold time is over, and reset/close release all. At most {@link #MAX_HELD}; beyond that they are dropped.
 */
final class HeldExchanges {

    static final int MAX_HELD = 256;

    private final Set<HttpExchange> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;

    HeldExchanges(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    void hold(HttpExchange exchange, Duration duration) {
        if (held.size() >= MAX_HELD) {
            exchange.close();
            return;
        }
        held.add(exchange);
        try {
            timer.schedule(() -> release(exchange), duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            release(exchange);
        }
    }

    void releaseAll() {
        for (HttpExchange exchange : held) {
            release(exchange);
        }
    }

    private void release(HttpExchange exchange) {
        if (held.remove(exchange)) {
            exchange.close(); // no response headers were sent, so this closes the connection
        }
    }
}
