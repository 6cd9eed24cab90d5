package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.model.Document;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** What delivery needs of the stored documents: read one, and tag one in the transaction that settles its transfer. */
public interface DocumentAccess {

    Optional<Document> find(Connection c, String documentId) throws SQLException;

    /** Adds the tag (nothing when the document has it already or is gone). */
    void addTag(Connection c, String documentId, String tag) throws SQLException;
}
