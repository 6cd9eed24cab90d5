package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.db.Dialect;
import io.ledgerbridge.model.LifecycleEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL of the transfer outbox: insert once per (document, connection, purpose), claim with leases, settle. */
public final class TransferStore {
    static final String COLUMNS =
            "id, document_id, connection_id, tenant_id, purpose, trigger_event, priority, status, "
                    + "attempts, next_attempt_at, uncertain, remote_id, remote_url, last_kind, last_message, job_id, created_at, updated_at";

    private final String conflictClause;

    /** SQL for H2 and PostgreSQL (both support {@code FOR UPDATE SKIP LOCKED}). */
    public TransferStore(Dialect dialect) {
        this.conflictClause = dialect == Dialect.POSTGRESQL ? " ON CONFLICT DO NOTHING" : "";
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    /**
     * Inserts a transfer unless the document already has one for the connection and purpose; true when inserted.
     * Live transfers ({@code jobId == null}) also require the connection to have been activated by {@code now}: only
     * events after the activation are routed.
     */
    public boolean insertIfAbsent(
            Connection c,
            String documentId,
            String connectionId,
            String tenantId,
            Purpose purpose,
            LifecycleEvent trigger,
            int priority,
            String jobId,
            Instant now)
            throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO transfer (id, document_id, connection_id, tenant_id, "
                        + "purpose, trigger_event, priority, status, attempts, next_attempt_at, uncertain, job_id, created_at, "
                        + "updated_at) SELECT ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, FALSE, ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM transfer WHERE document_id = ? AND connection_id = ? AND purpose = ?)"
                        + (jobId == null
                                ? " AND EXISTS (SELECT 1 FROM connection_state s WHERE s.connection_id = ? "
                                        + "AND s.active AND s.activated_at <= ?)"
                                : "")
                        + conflictClause)) {
            int i = 0;
            p.setString(++i, UUID.randomUUID().toString());
            p.setString(++i, documentId);
            p.setString(++i, connectionId);
            p.setString(++i, tenantId);
            p.setString(++i, purpose.name());
            p.setString(++i, trigger.name());
            p.setInt(++i, priority);
            p.setObject(++i, utc(now));
            p.setString(++i, jobId);
            p.setObject(++i, utc(now));
            p.setObject(++i, utc(now));
            p.setString(++i, documentId);
            p.setString(++i, connectionId);
            p.setString(++i, purpose.name());
            if (jobId == null) {
                p.setString(++i, connectionId);
                p.setObject(++i, utc(now));
            }
            return p.executeUpdate() == 1;
        }
    }

    /**
     * Claims up to {@code max} due transfers of a connection (live before backfill, oldest first), skipping those of
     * paused backfill jobs, and leases them to {@code owner} until {@code leaseUntil}.
     */
    public List<Transfer> claim(
            Connection c, String connectionId, int max, String owner, Instant now, Instant leaseUntil)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p =
                c.prepareStatement("SELECT id FROM transfer WHERE connection_id = ? AND status = 'PENDING' "
                        + "AND next_attempt_at <= ? AND (job_id IS NULL OR job_id NOT IN (SELECT id FROM backfill_job WHERE status = 'PAUSED')) "
                        + "ORDER BY priority, next_attempt_at, seq FETCH FIRST " + max
                        + " ROWS ONLY FOR UPDATE SKIP LOCKED")) {
            p.setString(1, connectionId);
            p.setObject(2, utc(now));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = "?, ".repeat(ids.size() - 1) + "?";
        try (PreparedStatement p =
                c.prepareStatement("UPDATE transfer SET status = 'IN_FLIGHT', attempts = attempts + 1, "
                        + "lease_owner = ?, lease_until = ?, updated_at = ? WHERE id IN (" + in + ")")) {
            p.setString(1, owner);
            p.setObject(2, utc(leaseUntil));
            p.setObject(3, utc(now));
            for (int i = 0; i < ids.size(); i++) {
                p.setString(4 + i, ids.get(i));
            }
            p.executeUpdate();
        }
        return query(
                c,
                "SELECT " + COLUMNS + " FROM transfer WHERE id IN (" + in + ") ORDER BY priority, seq",
                ids.toArray());
    }

    /**
     * Returns transfers whose lease ran out (their node died mid-attempt) to PENDING, marked uncertain, with an
     * {@code INTERRUPTED} attempt in their ledger.
     */
    public int releaseExpiredLeases(Connection c, Instant now) throws SQLException {
        AttemptStore.appendInterrupted(c, now);
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE transfer SET status = 'PENDING', uncertain = TRUE, "
                        + "lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE status = 'IN_FLIGHT' AND lease_until < ?")) {
            p.setObject(1, utc(now));
            p.setObject(2, utc(now));
            return p.executeUpdate();
        }
    }

    /**
     * Settles an attempt: sets the new status and fields, only while the lease is still {@code owner}'s.
     *
     * @return false when the lease was lost (another node took the transfer over)
     */
    public boolean settle(
            Connection c,
            String id,
            String owner,
            TransferStatus status,
            Instant nextAttemptAt,
            boolean uncertain,
            String remoteId,
            String remoteUrl,
            String kind,
            String message,
            Instant now,
            boolean countAttempt)
            throws SQLException {
        // a retry of a transfer whose backfill was cancelled while it was in flight ends as cancelled
        try (PreparedStatement p =
                c.prepareStatement("UPDATE transfer SET status = CASE WHEN ? = 'PENDING' AND job_id IN "
                        + "(SELECT id FROM backfill_job WHERE status = 'CANCELLED') THEN 'CANCELLED' ELSE ? END, "
                        + "next_attempt_at = ?, uncertain = ?, "
                        + "remote_id = COALESCE(?, remote_id), remote_url = COALESCE(?, remote_url), last_kind = ?, last_message = ?, "
                        + "lease_owner = NULL, lease_until = NULL, attempts = attempts - ?, updated_at = ? "
                        + "WHERE id = ? AND status = 'IN_FLIGHT' AND lease_owner = ?")) {
            int i = 0;
            p.setString(++i, status.name());
            p.setString(++i, status.name());
            p.setObject(++i, utc(nextAttemptAt));
            p.setBoolean(++i, uncertain);
            p.setString(++i, remoteId);
            p.setString(++i, remoteUrl);
            p.setString(++i, kind);
            p.setString(++i, message == null ? null : truncate(message));
            p.setInt(++i, countAttempt ? 0 : 1);
            p.setObject(++i, utc(now));
            p.setString(++i, id);
            p.setString(++i, owner);
            return p.executeUpdate() == 1;
        }
    }

    static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }

    public Optional<Transfer> find(Connection c, String id) throws SQLException {
        List<Transfer> found = query(c, "SELECT " + COLUMNS + " FROM transfer WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<Transfer> forDocuments(Connection c, List<String> documentIds) throws SQLException {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return query(
                c,
                "SELECT " + COLUMNS + " FROM transfer WHERE document_id IN (" + "?, ".repeat(documentIds.size() - 1)
                        + "?) ORDER BY seq",
                documentIds.toArray());
    }

    static List<Transfer> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            List<Transfer> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    private static Transfer read(ResultSet rs) throws SQLException {
        return new Transfer(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Purpose.valueOf(rs.getString(5)),
                LifecycleEvent.valueOf(rs.getString(6)),
                rs.getInt(7),
                TransferStatus.valueOf(rs.getString(8)),
                rs.getInt(9),
                instant(rs, 10),
                rs.getBoolean(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                instant(rs, 17),
                instant(rs, 18));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
