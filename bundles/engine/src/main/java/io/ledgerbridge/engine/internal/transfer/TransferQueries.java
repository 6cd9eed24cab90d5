package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.engine.internal.transfer.TransferStore.utc;

import io.ledgerbridge.model.service.TransferView;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Read-side SQL of transfers: views, counts, status columns; and the manual retry. */
public final class TransferQueries {
    private TransferQueries() {}

    public static Map<String, Long> countByStatus(java.sql.Connection c, String where, Object arg) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement p =
                c.prepareStatement("SELECT status, COUNT(*) FROM transfer WHERE " + where + " GROUP BY status")) {
            p.setObject(1, arg);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** The status a person sees: PENDING shows as WAITING_FOR_CONNECTOR while the connector is missing. */
    public static String shownStatus(Transfer t, Predicate<String> installed) {
        return t.status() == TransferStatus.PENDING && !installed.test(t.connectionId())
                ? TransferStatus.WAITING_FOR_CONNECTOR.name()
                : t.status().name();
    }

    public static TransferView view(Transfer t, Predicate<String> installed, List<TransferView.AttemptView> ledger) {
        return new TransferView(
                t.id(),
                t.documentId(),
                t.connectionId(),
                t.purpose().name(),
                t.trigger().name(),
                shownStatus(t, installed),
                t.attempts(),
                t.nextAttemptAt(),
                t.remoteId(),
                t.remoteUrl(),
                t.lastKind(),
                t.lastMessage(),
                t.jobId(),
                t.createdAt(),
                t.updatedAt(),
                ledger);
    }

    public static List<TransferView.AttemptView> ledger(java.sql.Connection c, String transferId) throws SQLException {
        return AttemptStore.forTransfer(c, transferId).stream()
                .map(a -> new TransferView.AttemptView(
                        a.attempt(),
                        a.startedAt(),
                        a.durationMillis(),
                        a.outcome(),
                        a.kind(),
                        a.message(),
                        a.remoteId(),
                        a.requestHash()))
                .toList();
    }

    /** document id → (connection id → status of the export transfer). */
    public static Map<String, Map<String, String>> statusColumns(
            List<Transfer> transfers, Predicate<String> installed) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Transfer t : transfers) {
            if (t.purpose() == Purpose.EXPORT) {
                out.computeIfAbsent(t.documentId(), k -> new LinkedHashMap<>())
                        .put(t.connectionId(), shownStatus(t, installed));
            }
        }
        return out;
    }

    /** Queues FAILED (and SKIPPED) transfers again with fresh attempts; returns how many. */
    public static int requeue(java.sql.Connection c, String where, Object[] args, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE transfer SET status = 'PENDING', attempts = 0, "
                + "next_attempt_at = ?, uncertain = TRUE, updated_at = ? WHERE status IN ('FAILED', 'SKIPPED') AND "
                + where)) {
            p.setObject(1, utc(now));
            p.setObject(2, utc(now));
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 3, args[i]);
            }
            return p.executeUpdate();
        }
    }

    /**
     * Queues a corrected document's held (NEEDS_ATTENTION) transfers again at once; the checks run anew before any
     * call. They never reached the target, so their attempts stay and no lookup is needed. Returns how many.
     */
    public static int releaseHeld(java.sql.Connection c, String documentId, Instant now) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE transfer SET status = 'PENDING', next_attempt_at = ?, "
                + "updated_at = ? WHERE document_id = ? AND status = 'NEEDS_ATTENTION'")) {
            p.setObject(1, utc(now));
            p.setObject(2, utc(now));
            p.setString(3, documentId);
            return p.executeUpdate();
        }
    }
}
