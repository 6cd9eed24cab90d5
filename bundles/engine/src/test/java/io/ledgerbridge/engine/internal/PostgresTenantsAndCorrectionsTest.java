package io.ledgerbridge.engine.internal;

import java.sql.SQLException;
import javax.sql.DataSource;

class PostgresTenantsAndCorrectionsTest extends TenantsAndCorrectionsContract {
    @Override
    DataSource newDatabase() throws SQLException {
        return TestDatabases.postgres();
    }
}
