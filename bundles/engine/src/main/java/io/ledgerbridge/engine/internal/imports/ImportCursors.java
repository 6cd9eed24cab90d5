package io.ledgerbridge.engine.internal.imports;

import io.ledgerbridge.engine.internal.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The persisted cursor of each import connection, with a lease so that only one node imports a connection at a
 * time (all nodes share the database).
 */
final class ImportCursors {
    private final Database db;

    ImportCursors(Database db) {
        this.db = db;
    }

    /** The cursor and when the import last ran. */
    record Cursor(String value, Instant lastRunAt) {}

    /** Takes the lease when the import is due and nobody holds it; empty when another node has it or it is not due. */
    Optional<Cursor> claim(String connectionId, String owner, Instant now, Instant dueBefore, Instant leaseUntil) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO import_cursor (connection_id) SELECT ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM import_cursor WHERE connection_id = ?)")) {
                p.setString(1, connectionId);
                p.setString(2, connectionId);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE import_cursor SET lease_owner = ?, lease_until = ? "
                    + "WHERE connection_id = ? AND (lease_until IS NULL OR lease_until < ?) "
                    + "AND (last_run_at IS NULL OR last_run_at <= ?)")) {
                p.setString(1, owner);
                p.setObject(2, utc(leaseUntil));
                p.setString(3, connectionId);
                p.setObject(4, utc(now));
                p.setObject(5, utc(dueBefore));
                if (p.executeUpdate() == 0) {
                    return Optional.<Cursor>empty();
                }
            }
            try (PreparedStatement p =
                    c.prepareStatement("SELECT cursor_value, last_run_at FROM import_cursor WHERE connection_id = ?")) {
                p.setString(1, connectionId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    OffsetDateTime last = rs.getObject(2, OffsetDateTime.class);
                    return Optional.of(new Cursor(rs.getString(1), last == null ? null : last.toInstant()));
                }
            }
        });
    }

    /** Stores the new cursor (after the documents are stored) and releases the lease. */
    void finish(String connectionId, String owner, String cursor, String result, Instant now) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE import_cursor SET cursor_value = ?, last_run_at = ?, "
                            + "last_result = ?, lease_owner = NULL, lease_until = NULL WHERE connection_id = ? AND lease_owner = ?")) {
                p.setString(1, cursor);
                p.setObject(2, utc(now));
                p.setString(3, result.length() > 1000 ? result.substring(0, 997) + "..." : result);
                p.setString(4, connectionId);
                p.setString(5, owner);
                return p.executeUpdate();
            }
        });
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
