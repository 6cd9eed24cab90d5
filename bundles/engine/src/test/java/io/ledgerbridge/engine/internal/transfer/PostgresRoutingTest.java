package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.TestDatabases;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The same rules on a real PostgreSQL server (FOR UPDATE SKIP LOCKED, ON CONFLICT, timestamps). */
class PostgresRoutingTest extends RoutingTest {
    @Override
    DataSource database() throws SQLException {
        return TestDatabases.postgres();
    }
}
