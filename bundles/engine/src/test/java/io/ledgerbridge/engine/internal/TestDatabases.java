package io.ledgerbridge.engine.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases for store tests: an H2 in-memory database, or a new schema on the PostgreSQL server named
 * by {@code LEDGERBRIDGE_TEST_PG_URL} (jdbc:postgresql://host:port/db?user=..&password=..). In CI the PostgreSQL
 * tests are mandatory: a missing server fails them instead of skipping.
 */
public final class TestDatabases {
    private TestDatabases() {}

    public static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:lb-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    public static DataSource postgres() throws SQLException {
        String url = System.getProperty("ledgerbridge.test.pg.url", "");
        if (url.isBlank() || url.startsWith("${")) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must provide PostgreSQL: set LEDGERBRIDGE_TEST_PG_URL");
            }
            assumeTrue(false, "no PostgreSQL configured (LEDGERBRIDGE_TEST_PG_URL)");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setCurrentSchema(schema);
        return ds;
    }
}
