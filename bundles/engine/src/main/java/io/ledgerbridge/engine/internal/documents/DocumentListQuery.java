package io.ledgerbridge.engine.internal.documents;

import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.DocumentQuery;
import io.ledgerbridge.model.service.Page;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.ValidationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds and runs the SQL of a document list: newest first, paged by keyset on the insertion sequence so that
 * documents created between two page requests never shift or repeat a page.
 */
final class DocumentListQuery {
    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> args = new ArrayList<>();

    private DocumentListQuery() {}

    static Page<Document> run(Connection c, Scope scope, DocumentQuery q) throws SQLException {
        if (q.limit() < 1 || q.limit() > DocumentQuery.MAX_LIMIT) {
            throw new ValidationException(
                    List.of(new FieldError("limit", "must be between 1 and " + DocumentQuery.MAX_LIMIT)));
        }
        DocumentListQuery sql = new DocumentListQuery();
        sql.scope(scope, q.tenantId());
        sql.filter("d.doc_type = ?", q.type() == null ? null : q.type().name());
        sql.filter(
                "d.direction = ?", q.direction() == null ? null : q.direction().name());
        sql.filter("d.status = ?", q.status() == null ? null : q.status().name());
        sql.filter(
                "d.payment_status = ?",
                q.paymentStatus() == null ? null : q.paymentStatus().name());
        sql.filter("EXISTS (SELECT 1 FROM document_tag t WHERE t.document_id = d.id AND t.tag = ?)", q.tag());
        sql.filter("EXISTS (SELECT 1 FROM transfer x WHERE x.document_id = d.id AND x.status = ?)", q.transferStatus());
        sql.filter("d.issue_date >= ?", q.issuedFrom());
        sql.filter("d.issue_date <= ?", q.issuedTo());
        sql.filter("d.seq < ?", parseCursor(q.cursor()));
        return sql.page(c, q.limit());
    }

    private void scope(Scope scope, String tenantId) {
        if (tenantId != null) {
            filter("d.tenant_id = ?", tenantId);
            if (!scope.allows(tenantId)) {
                where.append(" AND 1 = 0");
            }
        } else if (!scope.all()) {
            if (scope.tenantIds().isEmpty()) {
                where.append(" AND 1 = 0");
                return;
            }
            where.append(" AND d.tenant_id IN (")
                    .append("?, ".repeat(scope.tenantIds().size() - 1))
                    .append("?)");
            args.addAll(scope.tenantIds());
        }
    }

    private void filter(String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            args.add(value);
        }
    }

    private static Long parseCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new ValidationException(List.of(new FieldError("cursor", "is not a cursor from a previous page")));
        }
    }

    private Page<Document> page(Connection c, int limit) throws SQLException {
        // the page's ids first (index only), then their bodies: never sorts the large rows of the whole table
        String sql = "SELECT " + DocumentStore.columns()
                + ", d.seq FROM document d WHERE d.id IN (SELECT d.id FROM document d" + where
                + " ORDER BY d.seq DESC FETCH FIRST " + (limit + 1) + " ROWS ONLY) ORDER BY d.seq DESC";
        List<Document> items = new ArrayList<>();
        long lastSeq = 0;
        boolean more = false;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == limit) {
                        more = true;
                        break;
                    }
                    items.add(DocumentStore.read(rs));
                    lastSeq = rs.getLong(6);
                }
            }
        }
        return new Page<>(items, more ? Long.toString(lastSeq) : null);
    }
}
