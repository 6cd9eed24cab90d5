package io.ledgerbridge.engine.internal;

import io.ledgerbridge.engine.internal.connections.Connections;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.documents.DocumentServiceImpl;
import io.ledgerbridge.engine.internal.tenants.TenantServiceImpl;
import io.ledgerbridge.engine.internal.transfer.Router;
import io.ledgerbridge.engine.internal.transfer.TransferStore;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.Tenant;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

/** Two partners (acme with its client acme-client, and other) on a fresh database of each supported kind. */
abstract class StoreFixture {
    DataSource dataSource;
    DocumentServiceImpl documents;
    TenantServiceImpl tenants;
    Scope acme;

    abstract DataSource newDatabase() throws SQLException;

    @BeforeEach
    void setUp() throws SQLException {
        dataSource = newDatabase();
        Database db = new Database(dataSource);
        documents = new DocumentServiceImpl(
                db,
                new Router(new Connections(), new TransferStore(db.dialect()), id -> {}),
                java.time.Clock.systemUTC());
        tenants = new TenantServiceImpl(db);
        tenants.create(Scope.admin(), new Tenant("acme", "ACME Steuerberatung", null));
        tenants.create(Scope.admin(), new Tenant("acme-client", "Hundeschule Bello", "acme"));
        tenants.create(Scope.admin(), new Tenant("other", "Other Partner", null));
        acme = tenants.scopeOf("acme");
    }
}
