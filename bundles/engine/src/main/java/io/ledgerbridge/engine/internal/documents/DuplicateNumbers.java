package io.ledgerbridge.engine.internal.documents;

import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.DocumentWarning;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The warning a document gets at intake when its tenant already has a document of the same type with the same number
 * (two invoicing programs with overlapping number ranges): it is stored all the same, but targets that need unique
 * numbers may mix the two up, so the person who reads the document is told which one it collides with.
 */
final class DuplicateNumbers {
    /** The other documents named at most. */
    private static final int MAX_NAMED = 3;

    private DuplicateNumbers() {}

    /** The warning for a new document, or none. */
    static List<DocumentWarning> warnings(Connection c, DocumentDraft draft) throws SQLException {
        List<String> others = others(c, draft);
        if (others.isEmpty()) {
            return List.of();
        }
        String type = draft.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return List.of(new DocumentWarning(
                DocumentWarning.DUPLICATE_NUMBER,
                "number",
                "another " + type + " of this tenant already has the number " + draft.number() + " ("
                        + String.join("; ", others) + "). It is stored all the same, but a target that shows "
                        + "documents by number (a CRM, for one) may mix the two up: if two invoicing programs issue "
                        + "documents, give each its own number range."));
    }

    /** The other documents with the number, each as "document <id>, submitted through the API on <date>". */
    private static List<String> others(Connection c, DocumentDraft draft) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, source_connection, created_at FROM document "
                + "WHERE tenant_id = ? AND doc_type = ? AND doc_number = ? ORDER BY seq FETCH FIRST "
                + (MAX_NAMED + 1) + " ROWS ONLY")) {
            p.setString(1, draft.tenantId());
            p.setString(2, draft.type().name());
            p.setString(3, draft.number());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(out.size() == MAX_NAMED ? "and more" : describe(rs));
                }
            }
        }
        return out;
    }

    private static String describe(ResultSet rs) throws SQLException {
        String connection = rs.getString(2);
        String when = rs.getObject(3, java.time.OffsetDateTime.class).format(DateTimeFormatter.ISO_LOCAL_DATE);
        return "document " + rs.getString(1) + ", "
                + (connection == null ? "submitted through the API" : "imported through connection " + connection)
                + " on " + when;
    }
}
