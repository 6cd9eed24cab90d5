package io.ledgerbridge.engine.internal.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/** Transfers held because their document lacked what the connector requires, queued again once it is corrected. */
public final class HeldTransfers {
    private HeldTransfers() {}

    /** Queues the document's held transfers again at once (they are checked anew before any call); returns how many. */
    public static int release(Connection c, String documentId, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE transfer SET status = 'PENDING', next_attempt_at = ?, "
                + "updated_at = ? WHERE document_id = ? AND status = 'NEEDS_ATTENTION'")) {
            p.setObject(1, now.atOffset(ZoneOffset.UTC));
            p.setObject(2, now.atOffset(ZoneOffset.UTC));
            p.setString(3, documentId);
            return p.executeUpdate();
        }
    }
}
