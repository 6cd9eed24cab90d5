package io.ledgerbridge.engine.internal.core;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.Connections;
import io.ledgerbridge.engine.internal.connections.ConnectorLookup;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.documents.DocumentServiceImpl;
import io.ledgerbridge.engine.internal.documents.DocumentStore;
import io.ledgerbridge.engine.internal.imports.ImportScheduler;
import io.ledgerbridge.engine.internal.tenants.TenantStore;
import io.ledgerbridge.engine.internal.transfer.ConnectionStateStore;
import io.ledgerbridge.engine.internal.transfer.DeliveryEngine;
import io.ledgerbridge.engine.internal.transfer.DeliverySettings;
import io.ledgerbridge.engine.internal.transfer.EngineConnectionContext;
import io.ledgerbridge.engine.internal.transfer.EventSink;
import io.ledgerbridge.engine.internal.transfer.Router;
import io.ledgerbridge.engine.internal.transfer.TransferStore;
import io.ledgerbridge.model.service.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The transfer engine's running parts wired together, without OSGi: the connections in force, routing (for the
 * intake), delivery and imports. {@link EngineComponent} runs it in the container and hands each service only the
 * parts it uses; tests build it directly. Nothing else is given the engine itself.
 */
public final class Engine implements AutoCloseable {
    private final Database db;
    private final Connections connections = new Connections();
    private final DeliveryEngine delivery;
    private final Router router;
    private final Clock clock;
    private final ImportScheduler imports;
    private final Duration importPoll;
    private final ScheduledExecutorService importRunner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ledgerbridge-imports");
        t.setDaemon(true);
        return t;
    });

    public Engine(
            Database db,
            SecretBox secrets,
            ConnectorLookup connectors,
            DeliverySettings settings,
            Clock clock,
            EventSink events) {
        this.db = db;
        this.clock = clock;
        this.delivery = new DeliveryEngine(
                db, connections, secrets, connectors, new DocumentStore(db.dialect()), settings, clock, events);
        this.router = new Router(connections, new TransferStore(db.dialect()), id -> delivery.wake());
        this.imports = new ImportScheduler(
                db,
                connections,
                connectors,
                (conn, connector) -> new EngineConnectionContext(conn, secrets, db),
                new ImportStatusRecorder(db, clock),
                clock);
        imports.setSink(new DocumentServiceImpl(db, router, clock)); // imported documents take the same intake
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
        importRunner.scheduleWithFixedDelay(
                imports::runDue, importPoll.toMillis(), importPoll.toMillis(), TimeUnit.MILLISECONDS);
        importRunner.scheduleWithFixedDelay(db::housekeeping, 10, 10, TimeUnit.SECONDS);
    }

    /** The connections in force (client connections merged with their partner's). */
    public Connections connections() {
        return connections;
    }

    /** Routing, for the intake's transaction. */
    public Router router() {
        return router;
    }

    public DeliveryEngine delivery() {
        return delivery;
    }

    public ImportScheduler imports() {
        return imports;
    }

    @Override
    public void close() throws InterruptedException {
        importRunner.shutdownNow();
        delivery.close();
    }
}
