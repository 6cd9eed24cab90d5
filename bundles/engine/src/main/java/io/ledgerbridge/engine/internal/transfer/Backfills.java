package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.engine.internal.transfer.TransferStore.utc;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.service.BackfillRequest;
import io.ledgerbridge.model.service.BackfillView;
import io.ledgerbridge.model.service.ConflictException;
import io.ledgerbridge.model.spi.RateBudget;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Backfill jobs: select issued documents never exported to the connection, queue them at backfill priority in one
 * transaction (so a job survives restarts), and report progress from the transfers themselves.
 */
public final class Backfills {
    private final Database db;
    private final TransferStore transfers;
    private final Clock clock;

    public Backfills(Database db, Clock clock) {
        this.db = db;
        this.transfers = new TransferStore(db.dialect());
        this.clock = clock;
    }

    /** The dry run: how many documents, and how long at the budget (null budget: unknown). */
    public BackfillView plan(Connection conn, BackfillRequest r, RateBudget budget) {
        long total = db.inTransaction(c -> select(c, conn, r).size());
        return new BackfillView(
                null, conn.id(), conn.tenantId(), "PLANNED", total, 0, 0, 0, total, eta(total, budget), null, null);
    }

    public BackfillView start(Connection conn, BackfillRequest r, RateBudget budget, String user) {
        String jobId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        db.inTransaction(c -> {
            List<String> ids = select(c, conn, r);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO backfill_job (id, tenant_id, connection_id, "
                            + "criteria, status, total, created_by, created_at, updated_at) VALUES (?,?,?,?,'RUNNING',?,?,?,?)")) {
                p.setString(1, jobId);
                p.setString(2, conn.tenantId());
                p.setString(3, conn.id());
                p.setString(4, TransferStore.truncate(r.toString()));
                p.setInt(5, ids.size());
                p.setString(6, user);
                p.setObject(7, utc(now));
                p.setObject(8, utc(now));
                p.executeUpdate();
            }
            for (String id : ids) {
                transfers.insertIfAbsent(
                        c,
                        id,
                        conn.id(),
                        conn.tenantId(),
                        Purpose.EXPORT,
                        LifecycleEvent.FINALIZED,
                        Transfer.BACKFILL,
                        jobId,
                        now);
            }
            return null;
        });
        return find(jobId, budget).orElseThrow();
    }

    private static List<String> select(java.sql.Connection c, Connection conn, BackfillRequest r) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT d.id FROM document d WHERE d.tenant_id = ? "
                + "AND d.status IN ('FINALIZED', 'SENT') AND NOT EXISTS (SELECT 1 FROM transfer t WHERE "
                + "t.document_id = d.id AND t.connection_id = ? AND t.purpose = 'EXPORT')");
        List<Object> args = new ArrayList<>(List.of(conn.tenantId(), conn.id()));
        add(sql, args, "d.doc_type = ?", r.type() == null ? null : r.type().name());
        add(
                sql,
                args,
                "d.direction = ?",
                r.direction() == null ? null : r.direction().name());
        add(sql, args, "d.issue_date >= ?", r.issuedFrom());
        add(sql, args, "d.issue_date <= ?", r.issuedTo());
        add(sql, args, "EXISTS (SELECT 1 FROM document_tag g WHERE g.document_id = d.id AND g.tag = ?)", r.tag());
        if (r.documentIds() != null) {
            if (r.documentIds().isEmpty()) {
                return List.of();
            }
            sql.append(" AND d.id IN (")
                    .append("?, ".repeat(r.documentIds().size() - 1))
                    .append("?)");
            args.addAll(r.documentIds());
        }
        sql.append(" ORDER BY d.seq");
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static void add(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            args.add(value);
        }
    }

    public static Long eta(long remaining, RateBudget budget) {
        if (budget == null) {
            return null;
        }
        double exportsPerSecond = (double) budget.requests()
                / Math.max(1, budget.requestsPerExport())
                / Math.max(1, budget.window().toSeconds());
        return (long) Math.ceil(remaining / exportsPerSecond);
    }

    public Optional<BackfillView> find(String jobId, RateBudget budget) {
        return all(" WHERE j.id = ?", budget, jobId).stream().findFirst();
    }

    public List<BackfillView> all(String where, RateBudget budget, Object... args) {
        return db.inTransaction(c -> {
            List<BackfillView> out = new ArrayList<>();
            try (PreparedStatement p =
                    c.prepareStatement("SELECT j.id, j.connection_id, j.tenant_id, j.status, j.total, "
                            + "j.created_by, j.created_at FROM backfill_job j" + where
                            + " ORDER BY j.created_at DESC")) {
                for (int i = 0; i < args.length; i++) {
                    p.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(view(c, rs, budget));
                    }
                }
            }
            return out;
        });
    }

    private static BackfillView view(java.sql.Connection c, ResultSet rs, RateBudget budget) throws SQLException {
        Map<String, Long> counts = TransferQueries.countByStatus(c, "job_id = ?", rs.getString(1));
        long delivered = counts.getOrDefault("DELIVERED", 0L);
        long failed = counts.getOrDefault("FAILED", 0L);
        long skipped = counts.getOrDefault("SKIPPED", 0L) + counts.getOrDefault("CANCELLED", 0L);
        long pending = counts.getOrDefault("PENDING", 0L) + counts.getOrDefault("IN_FLIGHT", 0L);
        String status = rs.getString(4);
        if (status.equals("RUNNING") && pending == 0) {
            status = "DONE";
        }
        return new BackfillView(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                status,
                rs.getInt(5),
                delivered,
                failed,
                skipped,
                pending,
                eta(pending, budget),
                rs.getString(6),
                rs.getObject(7, OffsetDateTime.class).toInstant());
    }

    /** Pauses, resumes or cancels a job; a cancelled job's queued transfers are cancelled. */
    public void control(String jobId, String action) {
        String next =
                switch (action) {
                    case "pause" -> "PAUSED";
                    case "resume" -> "RUNNING";
                    case "cancel" -> "CANCELLED";
                    default ->
                        throw new ConflictException("unknown action '" + action + "': use pause, resume or cancel");
                };
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE backfill_job SET status = ?, updated_at = ? "
                    + "WHERE id = ? AND status IN ('RUNNING', 'PAUSED')")) {
                p.setString(1, next);
                p.setObject(2, utc(clock.instant()));
                p.setString(3, jobId);
                if (p.executeUpdate() == 0) {
                    throw new ConflictException("the backfill is already cancelled");
                }
            }
            if (next.equals("CANCELLED")) {
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE transfer SET status = 'CANCELLED', "
                                + "last_message = 'backfill cancelled', updated_at = ? WHERE job_id = ? AND status = 'PENDING'")) {
                    p.setObject(1, utc(clock.instant()));
                    p.setString(2, jobId);
                    p.executeUpdate();
                }
            }
            return null;
        });
    }
}
