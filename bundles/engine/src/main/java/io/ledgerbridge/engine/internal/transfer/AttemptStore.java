package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.engine.internal.transfer.TransferStore.utc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
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
     * @param outcome DELIVERED, FAILED, SKIPPED, RETRY, PAUSED, HELD or INTERRUPTED (the node stopped mid-attempt)
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

    /** What the ledger says of an attempt whose node stopped before its outcome was recorded. */
    static final String INTERRUPTED_MESSAGE = "interrupted: the node stopped before the outcome was recorded, so the "
            + "target may have the document already; the next attempt is marked uncertain and the connector first "
            + "looks the document up by its natural key, so nothing is created twice";

    /**
     * Appends an {@code INTERRUPTED} attempt for every transfer whose lease ran out (its node died mid-attempt), so
     * the ledger shows every attempt, also one whose outcome nobody knows. Locks those rows until the caller's
     * transaction returns them to the queue, so two nodes never record one interruption twice.
     */
    static void appendInterrupted(Connection c, Instant now) throws SQLException {
        List<Attempt> interrupted = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, purpose, attempts, updated_at FROM transfer "
                + "WHERE status = 'IN_FLIGHT' AND lease_until < ? FOR UPDATE")) {
            p.setObject(1, utc(now));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    int attempt = rs.getInt(3);
                    interrupted.add(new Attempt(
                            id,
                            attempt,
                            rs.getObject(4, OffsetDateTime.class).toInstant(),
                            0,
                            "INTERRUPTED",
                            null,
                            INTERRUPTED_MESSAGE,
                            null,
                            sha256(id + "|" + rs.getString(2) + "|interrupted attempt " + attempt)));
                }
            }
        }
        for (Attempt a : interrupted) {
            append(c, a);
        }
    }

    /** The hex SHA-256 of a text (the ledger's request hashes). */
    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
