package io.ledgerbridge.engine.internal;

import java.sql.SQLException;
import javax.sql.DataSource;

class PostgresStoreTest extends StoreContract {
    @Override
    DataSource newDatabase() throws SQLException {
        return TestDatabases.postgres();
    }
}
