package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.Connections;
import io.ledgerbridge.engine.internal.connections.ConnectorLookup;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.model.spi.Connector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers transfers: a dispatcher claims due transfers connection by connection in turn (so one tenant's backlog
 * never starves another's live documents; live before backfill within a connection), within each connection's rate
 * budget and concurrency cap and the free workers, and hands them to the worker pool. A housekeeper returns
 * transfers whose lease expired (a crashed node) to the queue, marked uncertain.
 */
public final class DeliveryEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryEngine.class);

    private final Database db;
    private final Connections connections;
    private final TransferStore store;
    private final ConnectorLookup connectors;
    private final DeliverySettings settings;
    private final Clock clock;
    private final String owner = "node-" + UUID.randomUUID();
    private final Map<String, RateGate> gates = new ConcurrentHashMap<>();
    private final AtomicInteger busy = new AtomicInteger();
    private final RoundFailures roundFailures;
    /** Connections paused by an attempt whose pause the settler has not committed yet. */
    private final Map<String, Instant> pausing = new ConcurrentHashMap<>();

    private final Object signal = new Object();
    private final Attempts attempts;
    private final Settler settler;
    private boolean wakeRequested;
    private volatile boolean running;
    private ExecutorService workers;
    private ScheduledExecutorService housekeeper;
    private Thread dispatcher;
    private int rotation;

    public DeliveryEngine(
            Database db,
            Connections connections,
            SecretBox secrets,
            ConnectorLookup connectors,
            DocumentAccess documents,
            DeliverySettings settings,
            Clock clock,
            EventSink events) {
        this.db = db;
        this.connections = connections;
        this.store = new TransferStore(db.dialect());
        this.connectors = connectors;
        this.settings = settings;
        this.clock = clock;
        this.roundFailures = new RoundFailures(LOG::warn, clock, Duration.ofSeconds(30));
        this.settler = new Settler(db, store, documents, events, owner, this::wake);
        this.attempts =
                new Attempts(db, secrets, documents, settings, clock, settler, id -> pausing.put(id, clock.instant()));
    }

    public void start() {
        running = true;
        settler.start();
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(
                settings.workers(), r -> daemon(r, "ledgerbridge-delivery-" + n.incrementAndGet()));
        housekeeper = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ledgerbridge-leases"));
        long period = Math.max(1000, settings.lease().toMillis() / 4);
        housekeeper.scheduleWithFixedDelay(this::releaseExpiredLeases, 0, period, TimeUnit.MILLISECONDS);
        dispatcher = daemon(this::dispatchLoop, "ledgerbridge-dispatcher");
        dispatcher.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Asks the dispatcher to look for work now (new transfers, a connector that appeared, a lifted pause). */
    public void wake() {
        synchronized (signal) {
            wakeRequested = true;
            signal.notifyAll();
        }
    }

    private void dispatchLoop() {
        while (running) {
            try {
                if (!dispatchRound(clock.instant())) {
                    awaitWork();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                roundFailures.report(e);
                sleepQuietly();
            }
        }
    }

    /** One turn over every sending connection; true when anything was claimed. */
    boolean dispatchRound(Instant now) {
        Map<String, ConnectionState> states = db.inTransaction(ConnectionStateStore::all);
        List<Connection> sending =
                connections.all().stream().filter(Connection::sends).toList();
        boolean claimedAny = false;
        int start = sending.isEmpty() ? 0 : Math.floorMod(rotation++, sending.size());
        for (int i = 0; i < sending.size() && running; i++) {
            Connection conn = sending.get((start + i) % sending.size());
            int free = settings.workers() - busy.get();
            if (free <= 0) {
                break;
            }
            Connector connector = connectors.connector(conn.id());
            ConnectionState state = states.get(conn.id());
            if (connector == null || state == null || paused(conn.id(), state, now)) {
                continue; // waiting for its connector, or for a person to fix its configuration
            }
            RateGate gate = gates.computeIfAbsent(
                    conn.id(), id -> new RateGate(connector.describe().rateBudget()));
            int slots = Math.min(free, gate.available(now));
            if (slots <= 0) {
                continue;
            }
            List<Transfer> claimed =
                    db.inTransaction(c -> store.claim(c, conn.id(), slots, owner, now, now.plus(settings.lease())));
            for (Transfer t : claimed) {
                gate.acquire(now);
                busy.incrementAndGet();
                workers.execute(() -> {
                    try {
                        attempts.run(conn, connector, gate, t);
                    } catch (RuntimeException e) {
                        // e.g. the database is unreachable: the transfer keeps its lease and is retried, uncertain
                        LOG.warn("Attempt of transfer {} broke off, retried after its lease: {}", t.id(), e.toString());
                    } finally {
                        busy.decrementAndGet();
                        wake();
                    }
                });
            }
            claimedAny |= !claimed.isEmpty();
        }
        return claimedAny;
    }

    private boolean paused(String connectionId, ConnectionState state, Instant now) {
        Instant since = pausing.get(connectionId);
        if (since != null && (state.paused() || now.isAfter(since.plus(settings.lease())))) {
            pausing.remove(connectionId); // the database has it now (or the settler failed: the lease retries)
            since = null;
        }
        return state.paused() || since != null;
    }

    private void awaitWork() throws InterruptedException {
        synchronized (signal) {
            if (!wakeRequested) {
                signal.wait(settings.poll().toMillis());
            }
            wakeRequested = false;
        }
    }

    private void releaseExpiredLeases() {
        try {
            int released = db.inTransaction(c -> store.releaseExpiredLeases(c, clock.instant()));
            if (released > 0) {
                LOG.info("{} transfer(s) whose delivery was interrupted are queued again (marked uncertain)", released);
                wake();
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot release expired leases: {}", e.toString());
        }
    }

    /** Forgets a connection's rate gate (its connector or budget changed). */
    public void resetGate(String connectionId) {
        gates.remove(connectionId);
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(settings.poll().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        wake();
        if (dispatcher != null) {
            dispatcher.join(5000);
        }
        if (housekeeper != null) {
            housekeeper.shutdownNow();
        }
        if (workers != null) {
            workers.shutdown();
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow(); // their leases expire and the transfers are retried as uncertain
            }
        }
        settler.stop();
    }
}
