package io.ledgerbridge.engine.internal.documents;

import io.ledgerbridge.engine.internal.db.Dialect;
import io.ledgerbridge.engine.internal.transfer.DocumentAccess;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentState;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.NewAttachment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** SQL for documents: rows with the columns lists filter on, plus the full document as JSON. */
public final class DocumentStore implements DocumentAccess {
    private static final String COLUMNS = "d.body, d.status, d.payment_status, d.approval, d.updated_at";

    private final Dialect dialect;

    public DocumentStore(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The id and fingerprint of the document a tenant submitted under a source id. */
    record Existing(String id, String fingerprint) {}

    Optional<Existing> findBySource(Connection c, String tenantId, String sourceId) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("SELECT id, payload_hash FROM document WHERE tenant_id = ? AND source_id = ?")) {
            p.setString(1, tenantId);
            p.setString(2, sourceId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new Existing(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    void insert(Connection c, Document d, String fingerprint) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO document (id, tenant_id, source_id, source_connection, "
                        + "source_remote_id, payload_hash, doc_type, direction, doc_number, issue_date, currency, gross, status, "
                        + "payment_status, approval, body, created_at, updated_at, corrects_id) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 0;
            p.setString(++i, d.id());
            p.setString(++i, d.tenantId());
            p.setString(++i, d.sourceId());
            p.setString(++i, d.source().connectionId());
            p.setString(++i, d.source().remoteId());
            p.setString(++i, fingerprint);
            p.setString(++i, d.type().name());
            p.setString(++i, d.direction().name());
            p.setString(++i, d.number());
            p.setObject(++i, d.issueDate());
            p.setString(++i, d.currency());
            p.setBigDecimal(++i, d.totals().gross());
            i = setState(p, i, d.state());
            p.setString(++i, DocumentJson.write(d));
            p.setObject(++i, utc(d.createdAt()));
            p.setObject(++i, utc(d.updatedAt()));
            p.setString(++i, d.correctedDocumentId());
            p.executeUpdate();
        }
        insertTags(c, d.id(), d.tags());
    }

    private void insertTags(Connection c, String id, List<String> tags) throws SQLException {
        if (tags == null || tags.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO document_tag (document_id, tag) VALUES (?, ?)")) {
            for (String tag : tags) {
                p.setString(1, id);
                p.setString(2, tag);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Replaces a stored document's JSON (its party corrected) and its update time. */
    void updateBody(Connection c, Document d) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE document SET body = ?, updated_at = ? WHERE id = ?")) {
            p.setString(1, DocumentJson.write(d));
            p.setObject(2, utc(d.updatedAt()));
            p.setString(3, d.id());
            p.executeUpdate();
        }
    }

    /** Adds a tag to a stored document (its tag row and its JSON); nothing when it has the tag already. */
    @Override
    public void addTag(Connection c, String id, String tag) throws SQLException {
        Optional<Document> doc = find(c, id, true);
        if (doc.isEmpty() || doc.get().tags().contains(tag)) {
            return;
        }
        insertTags(c, id, List.of(tag));
        List<String> tags = new java.util.ArrayList<>(doc.get().tags());
        tags.add(tag);
        try (PreparedStatement p = c.prepareStatement("UPDATE document SET body = ? WHERE id = ?")) {
            p.setString(1, DocumentJson.write(doc.get().withTags(tags)));
            p.setString(2, id);
            p.executeUpdate();
        }
    }

    void storeContent(Connection c, NewAttachment a, String sha256) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(dialect.insertContentOnce())) {
            p.setString(1, sha256);
            p.setLong(2, a.content().length);
            p.setBytes(3, a.content());
            p.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            p.executeUpdate();
        }
    }

    Optional<byte[]> content(Connection c, String sha256) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT content FROM attachment_content WHERE sha256 = ?")) {
            p.setString(1, sha256);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    @Override
    public Optional<Document> find(Connection c, String id) throws SQLException {
        return find(c, id, false);
    }

    /** The document; with {@code lock} its row stays locked until the transaction ends. */
    public Optional<Document> find(Connection c, String id, boolean lock) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM document d WHERE d.id = ?" + (lock ? " FOR UPDATE" : "");
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Reads a row selected with {@link #COLUMNS}. */
    static Document read(ResultSet rs) throws SQLException {
        Document stored = DocumentJson.read(rs.getString(1));
        DocumentState state = new DocumentState(
                io.ledgerbridge.model.DocumentStatus.valueOf(rs.getString(2)),
                io.ledgerbridge.model.PaymentStatus.valueOf(rs.getString(3)),
                io.ledgerbridge.model.ApprovalState.valueOf(rs.getString(4)));
        return stored.withState(state, rs.getObject(5, OffsetDateTime.class).toInstant());
    }

    static String columns() {
        return COLUMNS;
    }

    void updateState(Connection c, String id, DocumentState state, Instant at) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE document SET status = ?, payment_status = ?, approval = ?, updated_at = ? WHERE id = ?")) {
            int i = setState(p, 0, state);
            p.setObject(++i, utc(at));
            p.setString(++i, id);
            p.executeUpdate();
        }
    }

    void recordEvent(Connection c, String id, LifecycleEvent event, Instant at) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO document_event (document_id, event, occurred_at) VALUES (?, ?, ?)")) {
            p.setString(1, id);
            p.setString(2, event.name());
            p.setObject(3, utc(at));
            p.executeUpdate();
        }
    }

    private static int setState(PreparedStatement p, int i, DocumentState s) throws SQLException {
        p.setString(++i, s.status().name());
        p.setString(++i, s.paymentStatus().name());
        p.setString(++i, s.approval().name());
        return i;
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
