package io.ledgerbridge.engine.internal.connections;

import io.ledgerbridge.model.spi.Connector;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The installed connector of each connection, by connection id (the service.pid of the connector's component), and
 * a wait for a connection's connector to register again after its configuration changed.
 */
public final class ConnectorIndex implements ConnectorLookup {
    private final Map<String, Connector> byConnection = new ConcurrentHashMap<>();
    /** The generation of each connection's last registration (guarded by this). */
    private final Map<String, Long> registeredIn = new HashMap<>();

    private long generation;

    public synchronized void put(String connectionId, Connector connector) {
        byConnection.put(connectionId, connector);
        registered(connectionId);
    }

    /** The connector's service changed its properties (a component with a modified method took a new configuration). */
    public synchronized void updated(String connectionId) {
        registered(connectionId);
    }

    public synchronized void remove(String connectionId, Connector connector) {
        if (byConnection.remove(connectionId, connector)) {
            registeredIn.remove(connectionId);
        }
    }

    @Override
    public Connector connector(String connectionId) {
        return byConnection.get(connectionId);
    }

    /** The current generation: pass it to {@link #awaitRegistration} to wait for what registers after now. */
    public synchronized long mark() {
        return generation;
    }

    /**
     * Waits until the connection's connector registered (or took new properties) after {@code mark} and is
     * installed. DS unregisters a component's service before it registers it with a changed configuration, so a
     * connector that is merely present does not count.
     *
     * @return true when it did within the timeout
     */
    public synchronized boolean awaitRegistration(String connectionId, long mark, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (registeredIn.getOrDefault(connectionId, Long.MIN_VALUE) <= mark || connector(connectionId) == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private void registered(String connectionId) {
        registeredIn.put(connectionId, ++generation);
        notifyAll();
    }
}
