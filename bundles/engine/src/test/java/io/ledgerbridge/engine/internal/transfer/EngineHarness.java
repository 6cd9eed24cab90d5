package io.ledgerbridge.engine.internal.transfer;

import static org.awaitility.Awaitility.await;

import io.ledgerbridge.engine.internal.Samples;
import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.ConnectionParser;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.core.Engine;
import io.ledgerbridge.engine.internal.core.TransferServiceImpl;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.documents.DocumentServiceImpl;
import io.ledgerbridge.engine.internal.tenants.TenantServiceImpl;
import io.ledgerbridge.model.LifecycleAction;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.Tenant;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/** An engine on a fresh database with tenants acme (client acme-client) and beta, wired as in the container. */
final class EngineHarness implements AutoCloseable {
    static final DeliverySettings FAST = new DeliverySettings(
            8, 4, Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofMillis(20), Duration.ofMillis(200));

    final Database db;
    final SecretBox secrets;
    final Engine engine;
    final DocumentServiceImpl documents;
    final Map<String, Connector> installed = new ConcurrentHashMap<>();
    final List<String> events = new CopyOnWriteArrayList<>();
    private final Map<String, Connection> configured = new HashMap<>();

    EngineHarness(DataSource ds, DeliverySettings settings) throws Exception {
        this(ds, settings, true);
    }

    /** @param fresh false to start another engine on a database an earlier harness set up */
    EngineHarness(DataSource ds, DeliverySettings settings, boolean fresh) throws Exception {
        db = new Database(ds);
        if (fresh) {
            TenantServiceImpl tenants = new TenantServiceImpl(db);
            tenants.create(Scope.admin(), new Tenant("acme", "ACME", null));
            tenants.create(Scope.admin(), new Tenant("acme-client", "ACME client", "acme"));
            tenants.create(Scope.admin(), new Tenant("beta", "Beta", null));
        }
        Path key = Files.createTempDirectory("lb-key").resolve("secret.key");
        secrets = new SecretBox(key);
        engine = new Engine(
                db,
                secrets,
                installed::get,
                settings,
                Clock.systemUTC(),
                (t, status, kind, message) -> events.add(t.connectionId() + ":" + status));
        documents = new DocumentServiceImpl(db, engine.router(), Clock.systemUTC());
        engine.start();
    }

    /** The transfer service, given the parts it uses as EngineComponent gives them in the container. */
    TransferServiceImpl transferService() {
        return new TransferServiceImpl(
                db, engine.connections(), installed::get, secrets, engine.delivery()::wake, Clock.systemUTC());
    }

    /** Configures (or reconfigures) a connection of the test connector. */
    Connection connect(String id, String tenant, Object... keyValues) {
        return connectAs("test", id, tenant, keyValues);
    }

    /** Configures a connection of the given connector id. */
    Connection connectAs(String connectorId, String id, String tenant, Object... keyValues) {
        Map<String, Object> props = new HashMap<>();
        props.put("tenant", tenant);
        props.put("active", "true");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put((String) keyValues[i], keyValues[i + 1]);
        }
        Connection c = ConnectionParser.parse(id, ConnectorInfo.PID_PREFIX + connectorId, props);
        configured.put(id, c);
        engine.reloadConnections(new ArrayList<>(configured.values()));
        return engine.connections().get(id).orElseThrow();
    }

    /** Submits an invoice for the tenant and applies the actions; returns its id. */
    String invoice(String tenant, String sourceId, LifecycleAction... actions) {
        Scope scope = Scope.admin();
        String id = documents
                .create(scope, Samples.invoice(sourceId, "RE-" + sourceId).withTenant(tenant))
                .document()
                .id();
        for (LifecycleAction a : actions) {
            documents.apply(scope, id, a);
        }
        return id;
    }

    List<Transfer> transfers(String documentId) {
        return db.inTransaction(c -> new TransferStore(db.dialect()).forDocuments(c, List.of(documentId)));
    }

    Transfer awaitStatus(String documentId, String connectionId, TransferStatus status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> transfers(documentId).stream()
                .anyMatch(t -> t.connectionId().equals(connectionId) && t.status() == status));
        return transfers(documentId).stream()
                .filter(t -> t.connectionId().equals(connectionId))
                .findFirst()
                .orElseThrow();
    }

    ConnectionState state(String connectionId) {
        return db.inTransaction(c -> ConnectionStateStore.find(c, connectionId)).orElseThrow();
    }

    List<AttemptStore.Attempt> attempts(String transferId) {
        return db.inTransaction(c -> AttemptStore.forTransfer(c, transferId));
    }

    @Override
    public void close() throws Exception {
        engine.close();
    }
}
