package io.ledgerbridge.engine.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs units of work in transactions against the Ledgerbridge database; brings the schema up to date first. */
public class Database {
    private final DataSource dataSource;
    private final Dialect dialect;

    public Database(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            this.dialect = Dialect.of(c);
            Migrator.migrate(c);
        }
    }

    /** Housekeeping the database needs now and then (H2: compaction of its file); safe to call at any time. */
    public void housekeeping() {
        if (dialect == Dialect.H2) {
            H2Compaction.compact(dataSource);
        }
    }

    /** The SQL dialect of this database. */
    public Dialect dialect() {
        return dialect;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("database error: " + e.getMessage(), e);
        }
    }
}
