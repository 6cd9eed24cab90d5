package io.ledgerbridge.engine.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The H2 file stays near the size of its data although every commit is written at once (WRITE_DELAY=0). */
class H2CompactionTest {

    @Test
    void housekeepingKeepsTheFileSmall() throws Exception {
        Path dir = Files.createTempDirectory("lb-h2");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0");
        Database db = new Database(ds);
        try (Connection keepOpen = ds.getConnection()) {
            long withoutCompaction = churn(ds, 0, 3000, dir);
            db.housekeeping();
            long afterCompaction = Files.size(dir.resolve("db.mv.db"));
            assertTrue(
                    afterCompaction < withoutCompaction / 2,
                    "compaction shrank the file from " + withoutCompaction + " to " + afterCompaction + " bytes");
        }
    }

    /** Many small commits, as intake and delivery make them; returns the file size afterwards. */
    private static long churn(JdbcDataSource ds, int from, int to, Path dir) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (int i = from; i < to; i++) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO connection_memory VALUES ('c', ?, ?)")) {
                    p.setString(1, "k" + i);
                    p.setString(2, "v".repeat(500));
                    p.executeUpdate();
                }
                c.commit();
            }
        }
        return Files.size(dir.resolve("db.mv.db"));
    }
}
