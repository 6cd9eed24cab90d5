package io.ledgerbridge.engine.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded H2 file small. With {@code WRITE_DELAY=0} (every commit on disk before it is acknowledged)
 * H2 stores a chunk per commit and never runs its background compaction, so the file grows without bound (a
 * 10,000-document run left 7 GB). This rewrites sparse chunks now and then. Only loaded when the database is H2;
 * the calls below org.h2.jdbc are not exported by the H2 bundle, hence reflection.
 */
final class H2Compaction {
    private static final Logger LOG = LoggerFactory.getLogger(H2Compaction.class);
    /** Longest a compaction may take, in milliseconds (it blocks writers meanwhile). */
    static final int MAX_MILLIS = 500;

    private H2Compaction() {}

    static void compact(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            Object jdbc = c.unwrap(org.h2.jdbc.JdbcConnection.class);
            Object session = call(jdbc, "getSession");
            Object store = call(call(session, "getDatabase"), "getStore");
            Object mvStore = call(store, "getMvStore");
            mvStore.getClass().getMethod("compactFile", int.class).invoke(mvStore, MAX_MILLIS);
        } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
            LOG.warn("H2 compaction skipped: {}", e.toString());
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return target.getClass().getMethod(method).invoke(target);
    }
}
