package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.service.MissedDocuments;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a connection missed while it was off: routing sends a document only over connections that are on when its
 * event happens, so the documents whose event came while it was off are never sent by themselves. Found from the
 * documents' event history, with the connection's rules as routing applies them.
 */
public final class MissedWhileOff {
    /** The most documents one answer names. */
    static final int MAX = 10_000;

    private MissedWhileOff() {}

    public static MissedDocuments find(
            java.sql.Connection c, Connection conn, ConnectionState state, DocumentAccess documents)
            throws SQLException {
        Instant off = state == null ? null : state.deactivatedAt();
        Instant on = state == null || !state.active() ? null : state.activatedAt();
        if (off == null || on == null || !on.isAfter(off) || !conn.sends()) {
            return MissedDocuments.none(off, on);
        }
        List<String> out = new ArrayList<>();
        for (String id : candidates(c, conn, off, on)) {
            Optional<Document> doc = documents.find(c, id);
            if (doc.isPresent() && conn.rules().selects(doc.get())) {
                out.add(id);
            }
        }
        return new MissedDocuments(off, on, out);
    }

    /** Documents of the connection's tenant with a triggering event in the window and no export to it yet. */
    private static List<String> candidates(java.sql.Connection c, Connection conn, Instant off, Instant on)
            throws SQLException {
        Set<LifecycleEvent> triggers = conn.rules().triggers();
        if (triggers.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT d.id FROM document d WHERE d.tenant_id = ? AND d.status IN ('FINALIZED', 'SENT') "
                + "AND EXISTS (SELECT 1 FROM document_event e WHERE e.document_id = d.id AND e.occurred_at >= ? "
                + "AND e.occurred_at < ? AND e.event IN (" + "?, ".repeat(triggers.size() - 1) + "?)) "
                + "AND NOT EXISTS (SELECT 1 FROM transfer t WHERE t.document_id = d.id AND t.connection_id = ? "
                + "AND t.purpose = 'EXPORT') ORDER BY d.seq FETCH FIRST " + MAX + " ROWS ONLY";
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 0;
            p.setString(++i, conn.tenantId());
            p.setObject(++i, off.atOffset(ZoneOffset.UTC));
            p.setObject(++i, on.atOffset(ZoneOffset.UTC));
            for (LifecycleEvent e : triggers) {
                p.setString(++i, e.name());
            }
            p.setString(++i, conn.id());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
