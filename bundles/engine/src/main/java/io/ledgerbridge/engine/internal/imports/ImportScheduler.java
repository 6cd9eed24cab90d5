package io.ledgerbridge.engine.internal.imports;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.ConnectionKeys;
import io.ledgerbridge.engine.internal.connections.Connections;
import io.ledgerbridge.engine.internal.connections.ConnectorLookup;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.transfer.ConnectionState;
import io.ledgerbridge.engine.internal.transfer.ConnectionStateStore;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ImportBatch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each active import connection at its interval, on one node at a time (a lease on its cursor row): asks the
 * connector for documents since the persisted cursor, stores them through the intake, then moves the cursor.
 */
public final class ImportScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ImportScheduler.class);
    /** Most batches one run takes before yielding to the next connection. */
    static final int MAX_BATCHES_PER_RUN = 50;

    private final Database db;
    private final Connections connections;
    private final ConnectorLookup connectors;
    private final BiFunction<Connection, Connector, ConnectionContext> contexts;
    private final ImportCursors cursors;
    private final ImportRun run;
    private final Clock clock;
    private final String owner = "import-" + UUID.randomUUID();

    public ImportScheduler(
            Database db,
            Connections connections,
            ConnectorLookup connectors,
            BiFunction<Connection, Connector, ConnectionContext> contexts,
            ImportStatus status,
            Clock clock) {
        this.db = db;
        this.connections = connections;
        this.connectors = connectors;
        this.contexts = contexts;
        this.cursors = new ImportCursors(db);
        this.run = new ImportRun(status);
        this.clock = clock;
    }

    /** Where imported documents are stored; set by the intake once it is up. */
    public void setSink(ImportSink sink) {
        run.setSink(sink);
    }

    /** Runs every import that is due now. */
    public void runDue() {
        Map<String, ConnectionState> states;
        try {
            states = db.inTransaction(ConnectionStateStore::all);
        } catch (RuntimeException e) {
            // thrown out of a scheduled task it would end the schedule: imports would stop until a restart
            LOG.warn("Imports skipped this round, the database failed: {}", e.toString());
            return;
        }
        for (Connection conn : connections.all()) {
            if (conn.role() != Connection.Role.IMPORT
                    || !conn.active()
                    || !conn.problems().isEmpty()
                    || states.get(conn.id()) == null
                    || states.get(conn.id()).paused()) {
                continue;
            }
            Connector connector = connectors.connector(conn.id());
            if (connector == null || !connector.describe().capabilities().contains(Capability.IMPORT) || !run.ready()) {
                continue;
            }
            try {
                runOne(conn, connector);
            } catch (RuntimeException e) {
                LOG.warn("Import of connection {} failed: {}", conn.id(), e.toString());
            }
        }
    }

    private void runOne(Connection conn, Connector connector) {
        Instant now = clock.instant();
        Duration interval = Duration.ofMinutes(intervalMinutes(conn));
        var cursor = cursors.claim(conn.id(), owner, now, now.minus(interval), now.plus(Duration.ofMinutes(10)));
        if (cursor.isEmpty()) {
            return;
        }
        String position = cursor.get().value();
        ImportRun.Totals totals = new ImportRun.Totals();
        ConnectionContext context = contexts.apply(conn, connector);
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            ImportBatch batch = connector.importSince(context, position);
            if (!run.store(conn, batch, totals)) {
                break; // failed: the cursor stays where it was
            }
            position = batch.nextCursor();
            if (!batch.more()) {
                break;
            }
        }
        cursors.finish(conn.id(), owner, position, totals.summary(), clock.instant());
    }

    private static long intervalMinutes(Connection conn) {
        try {
            String v = conn.property(ConnectionKeys.IMPORT_INTERVAL);
            return v == null ? 15 : Math.max(1, Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            return 15;
        }
    }
}
