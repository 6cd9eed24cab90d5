package io.ledgerbridge.model;

/**
 * Where a document came from: the platform itself, or an import connection.
 *
 * @param connectionId the import connection's id; null for documents submitted by the platform
 * @param remoteId the document's id in the remote system it was imported from; null for platform documents
 */
public record Source(String connectionId, String remoteId) {
    /** The source of documents the platform submits itself. */
    public static final Source PLATFORM = new Source(null, null);

    /** True when the document was imported through a connection. */
    public boolean imported() {
        return connectionId != null;
    }
}
