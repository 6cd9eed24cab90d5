package io.ledgerbridge.engine.internal.core;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.Connections;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.documents.DocumentStore;
import io.ledgerbridge.engine.internal.tenants.TenantStore;
import io.ledgerbridge.engine.internal.transfer.ConnectionStateStore;
import io.ledgerbridge.engine.internal.transfer.DeliveryEngine;
import io.ledgerbridge.engine.internal.transfer.DeliverySettings;
import io.ledgerbridge.engine.internal.transfer.EventSink;
import io.ledgerbridge.engine.internal.transfer.Router;
import io.ledgerbridge.engine.internal.transfer.TransferStore;
import io.ledgerbridge.model.service.Tenant;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.engine.internal.imports.ImportScheduler;
import io.ledgerbridge.engine.internal.transfer.EngineConnectionContext;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The transfer engine's parts wired together, without OSGi: connections, routing (used by intake), delivery and
 * secrets. {@link EngineComponent} runs it in the container; tests build it directly.
 */
public class Engine implements AutoCloseable {
    private final Database db;
    private final Connections connections = new Connections();
    private final SecretBox secrets;
    private final DeliveryEngine delivery;
    private final Router router;
    private final Function<String, Connector> connectors;
    private final Clock clock;
    private final ImportScheduler imports;
    private final Duration importPoll;
    private final ScheduledExecutorService importRunner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ledgerbridge-imports");
        t.setDaemon(true);
        return t;
    });

    public Engine(Database db, SecretBox secrets, Function<String, Connector> connectors, DeliverySettings settings,
                  Clock clock, EventSink events) {
        this.db = db;
        this.secrets = secrets;
        this.connectors = connectors;
        this.clock = clock;
        DocumentStore documents = new DocumentStore(db.dialect());
        this.delivery = new DeliveryEngine(db, connections, secrets, connectors,
                id -> db.inTransaction(c -> documents.find(c, id, false)), settings, clock, events);
        this.router = new Router(connections, new TransferStore(db.dialect()), id -> delivery.wake());
        this.imports = new ImportScheduler(db, connections, connectors,
                (conn, connector) -> new EngineConnectionContext(conn, secrets, db), new ImportStatusRecorder(db, clock), clock);
        this.importPoll = settings.poll().multipliedBy(20);
    }

    /** Replaces the configured connections and records activations and configuration changes. */
    public void reloadConnections(Collection<Connection> configured) {
        Map<String, String> partnerOf = new HashMap<>();
        for (Tenant t : db.inTransaction(TenantStore::all)) {
            partnerOf.put(t.id(), t.isPartner() ? t.id() : t.parentId());
        }
        connections.replaceAll(configured, partnerOf::get);
        db.inTransaction(c -> {
            for (Connection conn : connections.all()) {
                ConnectionStateStore.sync(c, conn, clock.instant());
            }
            return null;
        });
        delivery.wake();
    }

    public void start() {
        delivery.start();
        importRunner.scheduleWithFixedDelay(imports::runDue, importPoll.toMillis(), importPoll.toMillis(),
                TimeUnit.MILLISECONDS);
        importRunner.scheduleWithFixedDelay(db::housekeeping, 10, 10, TimeUnit.SECONDS);
    }

    /** The import scheduler (the intake registers itself as its sink). */
    public ImportScheduler imports() {
        return imports;
    }

    /** Reads the connections from their source again, now (the container reads ConfigAdmin; tests set them). */
    public void refresh() {
    }

    public Database db() {
        return db;
    }

    public Connections connections() {
        return connections;
    }

    public Router router() {
        return router;
    }

    public DeliveryEngine delivery() {
        return delivery;
    }

    public SecretBox secrets() {
        return secrets;
    }

    public Clock clock() {
        return clock;
    }

    /** The connector serving a connection, or null while it is not installed. */
    public Connector connector(String connectionId) {
        return connectors.apply(connectionId);
    }

    @Override
    public void close() throws InterruptedException {
        importRunner.shutdownNow();
        delivery.close();
    }
}
