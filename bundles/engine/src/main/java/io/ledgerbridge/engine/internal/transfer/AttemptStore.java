package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.engine.internal.transfer.TransferStore.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The append-only ledger: one row per attempt of a transfer. */
public final class AttemptStore {
    private AttemptStore() {}

    /**
     * One attempt.
     *
     * @param transferId the transfer
     * @param attempt 1 for the first
     * @param startedAt when it started
     * @param durationMillis how long the connector took
     * @param outcome DELIVERED, FAILED, SKIPPED, RETRY or PAUSED
     * @param kind the failure kind, or null
     * @param message what happened
     * @param remoteId the target's id when delivered
     * @param requestHash SHA-256 of what was sent (the document's fingerprint and the idempotency key)
     */
    public record Attempt(
            String transferId,
            int attempt,
            Instant startedAt,
            long durationMillis,
            String outcome,
            String kind,
            String message,
            String remoteId,
            String requestHash) {}

    public static void append(Connection c, Attempt a) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO transfer_attempt (transfer_id, attempt, started_at, "
                + "duration_ms, outcome, kind, message, remote_id, request_hash) VALUES (?,?,?,?,?,?,?,?,?)")) {
            p.setString(1, a.transferId());
            p.setInt(2, a.attempt());
            p.setObject(3, utc(a.startedAt()));
            p.setLong(4, a.durationMillis());
            p.setString(5, a.outcome());
            p.setString(6, a.kind());
            p.setString(7, a.message() == null ? null : TransferStore.truncate(a.message()));
            p.setString(8, a.remoteId());
            p.setString(9, a.requestHash());
            p.executeUpdate();
        }
    }

    public static List<Attempt> forTransfer(Connection c, String transferId) throws SQLException {
        List<Attempt> out = new ArrayList<>();
        try (PreparedStatement p =
                c.prepareStatement("SELECT transfer_id, attempt, started_at, duration_ms, outcome, kind, "
                        + "message, remote_id, request_hash FROM transfer_attempt WHERE transfer_id = ? ORDER BY id")) {
            p.setString(1, transferId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Attempt(
                            rs.getString(1),
                            rs.getInt(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getLong(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9)));
                }
            }
        }
        return out;
    }
}
