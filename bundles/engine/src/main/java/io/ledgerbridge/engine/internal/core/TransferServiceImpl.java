package io.ledgerbridge.engine.internal.core;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.Connections;
import io.ledgerbridge.engine.internal.connections.ConnectorIndex;
import io.ledgerbridge.engine.internal.connections.ConnectorLookup;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.documents.DocumentStore;
import io.ledgerbridge.engine.internal.transfer.Backfills;
import io.ledgerbridge.engine.internal.transfer.ConnectionState;
import io.ledgerbridge.engine.internal.transfer.ConnectionStateStore;
import io.ledgerbridge.engine.internal.transfer.ConnectionTests;
import io.ledgerbridge.engine.internal.transfer.DeliveryEngine;
import io.ledgerbridge.engine.internal.transfer.MissedWhileOff;
import io.ledgerbridge.engine.internal.transfer.Transfer;
import io.ledgerbridge.engine.internal.transfer.TransferQueries;
import io.ledgerbridge.engine.internal.transfer.TransferStore;
import io.ledgerbridge.model.service.BackfillRequest;
import io.ledgerbridge.model.service.BackfillView;
import io.ledgerbridge.model.service.ConflictException;
import io.ledgerbridge.model.service.ConnectionStatus;
import io.ledgerbridge.model.service.ConnectionStatusDetail;
import io.ledgerbridge.model.service.ConnectionView;
import io.ledgerbridge.model.service.MissedDocuments;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TransferService;
import io.ledgerbridge.model.service.TransferView;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.RateBudget;
import io.ledgerbridge.model.spi.TestResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Connections' status, transfers and their ledgers, retries and backfills, within the caller's scope. */
@Component(service = TransferService.class)
public class TransferServiceImpl implements TransferService {
    private final Database db;
    private final Connections connections;
    private final ConnectorLookup connectors;
    private final SecretBox secrets;
    private final Runnable wakeDelivery;
    private final Clock clock;
    private final TransferStore transfers;
    private final Backfills backfills;

    @Activate
    public TransferServiceImpl(
            @Reference Database db,
            @Reference Connections connections,
            @Reference ConnectorIndex connectors,
            @Reference SecretBox secrets,
            @Reference DeliveryEngine delivery) {
        this(db, connections, connectors, secrets, delivery::wake, Clock.systemUTC());
    }

    /** @param wakeDelivery tells delivery that transfers became due (after a retry, a test, a backfill) */
    public TransferServiceImpl(
            Database db,
            Connections connections,
            ConnectorLookup connectors,
            SecretBox secrets,
            Runnable wakeDelivery,
            Clock clock) {
        this.db = db;
        this.connections = connections;
        this.connectors = connectors;
        this.secrets = secrets;
        this.wakeDelivery = wakeDelivery;
        this.clock = clock;
        this.transfers = new TransferStore(db.dialect());
        this.backfills = new Backfills(db, clock);
    }

    private Predicate<String> installed() {
        return id -> connectors.connector(id) != null;
    }

    private Connection connectionInScope(Scope scope, String id) {
        return connections
                .get(id)
                .filter(c -> c.tenantId() != null && scope.allows(c.tenantId()))
                .orElseThrow(() -> new NotFoundException("connection '" + id + "' not found"));
    }

    private RateBudget budget(String connectionId) {
        Connector c = connectors.connector(connectionId);
        return c == null ? null : c.describe().rateBudget();
    }

    @Override
    public List<ConnectionView> connections(Scope scope) {
        Map<String, ConnectionState> states = db.inTransaction(ConnectionStateStore::all);
        List<ConnectionView> out = new ArrayList<>();
        for (Connection c : connections.all()) {
            if (c.tenantId() != null && scope.allows(c.tenantId())) {
                out.add(view(c, states.get(c.id())));
            }
        }
        return out;
    }

    private ConnectionView view(Connection c, ConnectionState s) {
        Map<String, Long> counts = db.inTransaction(x -> TransferQueries.countByStatus(x, "connection_id = ?", c.id()));
        boolean installed = connectors.connector(c.id()) != null;
        ConnectionStatus status = s == null ? ConnectionStatus.UNKNOWN : s.status();
        ConnectionStatusDetail detail = s == null ? ConnectionStatusDetail.NONE : s.detail();
        String message = s == null ? null : s.message();
        if (!installed) {
            status = ConnectionStatus.OFFLINE;
            detail = ConnectionStatusDetail.CONNECTOR_MISSING;
            message = "the " + c.connectorId() + " connector is not installed; its documents wait until it is";
        } else if (!c.problems().isEmpty()) {
            status = ConnectionStatus.OFFLINE;
            detail = ConnectionStatusDetail.CONFIGURATION_ERROR;
            message = c.problems().get(0).field() + " " + c.problems().get(0).message();
        }
        return new ConnectionView(
                c.id(),
                c.connectorId(),
                c.name(),
                c.tenantId(),
                c.partnerConnectionId(),
                c.role().name(),
                c.sends() || c.active() && c.problems().isEmpty(),
                installed,
                status,
                detail,
                message,
                s != null && s.paused(),
                s == null ? null : s.activatedAt(),
                s == null ? null : s.lastDeliveryAt(),
                counts.getOrDefault("PENDING", 0L) + counts.getOrDefault("IN_FLIGHT", 0L),
                counts.getOrDefault("FAILED", 0L),
                c.problems());
    }

    @Override
    public Optional<ConnectionView> connection(Scope scope, String id) {
        return connections(scope).stream().filter(v -> v.id().equals(id)).findFirst();
    }

    @Override
    public TestResult testConnection(Scope scope, String connectionId) {
        Connection conn = connectionInScope(scope, connectionId);
        TestResult r = ConnectionTests.run(conn, connectors.connector(conn.id()), secrets, db, clock.instant());
        wakeDelivery.run();
        return r;
    }

    @Override
    public List<TransferView> transfers(Scope scope, String documentId) {
        return db.inTransaction(c -> {
            List<TransferView> out = new ArrayList<>();
            for (Transfer t : transfers.forDocuments(c, List.of(documentId))) {
                if (scope.allows(t.tenantId())) {
                    out.add(TransferQueries.view(t, installed(), TransferQueries.ledger(c, t.id())));
                }
            }
            return out;
        });
    }

    @Override
    public Map<String, Map<String, String>> statusColumns(Scope scope, List<String> documentIds) {
        List<Transfer> all = db.inTransaction(c -> transfers.forDocuments(c, documentIds));
        return TransferQueries.statusColumns(
                all.stream().filter(t -> scope.allows(t.tenantId())).toList(), installed());
    }

    @Override
    public TransferView retry(Scope scope, String transferId) {
        Transfer t = db.inTransaction(c -> transfers.find(c, transferId))
                .filter(x -> scope.allows(x.tenantId()))
                .orElseThrow(() -> new NotFoundException("transfer '" + transferId + "' not found"));
        int n = db.inTransaction(c -> TransferQueries.requeue(c, "id = ?", new Object[] {t.id()}, clock.instant()));
        if (n == 0) {
            throw new ConflictException("only a failed or skipped transfer can be retried; this one is "
                    + TransferQueries.shownStatus(t, installed()));
        }
        TransferView queued = db.inTransaction(c -> TransferQueries.view(
                transfers.find(c, transferId).orElseThrow(), installed(), TransferQueries.ledger(c, transferId)));
        wakeDelivery.run();
        return queued;
    }

    @Override
    public MissedDocuments missedWhileOff(Scope scope, String connectionId) {
        Connection conn = connectionInScope(scope, connectionId);
        DocumentStore documents = new DocumentStore(db.dialect());
        return db.inTransaction(
                c -> MissedWhileOff.find(c, conn, ConnectionStateStore.all(c).get(conn.id()), documents));
    }

    @Override
    public int retryFailed(Scope scope, String connectionId, FailureKind kind) {
        Connection conn = connectionInScope(scope, connectionId);
        int n = db.inTransaction(c -> kind == null
                ? TransferQueries.requeue(
                        c, "connection_id = ? AND status = 'FAILED'", new Object[] {conn.id()}, clock.instant())
                : TransferQueries.requeue(
                        c,
                        "connection_id = ? AND status = 'FAILED' AND last_kind = ?",
                        new Object[] {conn.id(), kind.name()},
                        clock.instant()));
        wakeDelivery.run();
        return n;
    }

    @Override
    public BackfillView planBackfill(Scope scope, BackfillRequest request) {
        Connection conn = connectionInScope(scope, request.connectionId());
        return backfills.plan(conn, request, budget(conn.id()));
    }

    @Override
    public BackfillView startBackfill(Scope scope, BackfillRequest request, String user) {
        Connection conn = connectionInScope(scope, request.connectionId());
        BackfillView v = backfills.start(conn, request, budget(conn.id()), user);
        wakeDelivery.run();
        return v;
    }

    @Override
    public Optional<BackfillView> backfill(Scope scope, String jobId) {
        return backfills
                .find(jobId, null)
                .filter(v -> scope.allows(v.tenantId()))
                .map(this::withEta);
    }

    @Override
    public List<BackfillView> backfills(Scope scope) {
        return backfills.all("", null).stream()
                .filter(v -> scope.allows(v.tenantId()))
                .map(this::withEta)
                .toList();
    }

    /** The job with the time its pending transfers take at the connection's rate budget (null when unknown). */
    private BackfillView withEta(BackfillView v) {
        RateBudget budget = budget(v.connectionId());
        return new BackfillView(
                v.id(),
                v.connectionId(),
                v.tenantId(),
                v.status(),
                v.total(),
                v.delivered(),
                v.failed(),
                v.skipped(),
                v.pending(),
                budget == null ? null : Backfills.eta(v.pending(), budget),
                v.createdBy(),
                v.createdAt());
    }

    @Override
    public BackfillView controlBackfill(Scope scope, String jobId, String action) {
        BackfillView job =
                backfill(scope, jobId).orElseThrow(() -> new NotFoundException("backfill '" + jobId + "' not found"));
        backfills.control(job.id(), action);
        wakeDelivery.run();
        return backfill(scope, jobId).orElseThrow();
    }
}
