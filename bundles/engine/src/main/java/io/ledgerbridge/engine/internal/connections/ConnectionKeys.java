package io.ledgerbridge.engine.internal.connections;

/**
 * The configuration properties every connection has, whatever its connector. A connector's OCD declares those it
 * shows with defaults that fit it; the engine reads them by these names.
 */
public final class ConnectionKeys {
    /** The partner or client the connection belongs to (required). */
    public static final String TENANT = "tenant";
    /** The partner's name for the connection. */
    public static final String NAME = "name";
    /** true to send (or import) documents. */
    public static final String ACTIVE = "active";
    /** "export" (default) or "import". */
    public static final String ROLE = "role";
    /** Lifecycle events that send a document: FINALIZED, APPROVED, SENT, PAID (default FINALIZED). */
    public static final String TRIGGERS = "triggers";
    /** Document types taken: SALES_INVOICE, CREDIT_NOTE, RECEIPT, OTHER (default all). */
    public static final String DOCUMENT_TYPES = "documentTypes";
    /** OUTGOING and/or INCOMING (default both). */
    public static final String DIRECTIONS = "directions";
    /** Only documents carrying one of these tags (default any). */
    public static final String TAGS = "tags";
    /** true to take approved documents only. */
    public static final String APPROVAL_REQUIRED = "approvalRequired";
    /** Only documents issued on or after (YYYY-MM-DD). */
    public static final String DATE_FROM = "dateFrom";
    /** Only documents issued on or before (YYYY-MM-DD). */
    public static final String DATE_TO = "dateTo";
    /** true to mark each document delivered over this connection as archived (it gets the tag "archived"). */
    public static final String ARCHIVE_AFTER_TRANSFER = "archiveAfterTransfer";
    /** The tag that marks an archived document. */
    public static final String ARCHIVED_TAG = "archived";
    /** For a client's connection: the PID of the partner's connection whose settings are the defaults. */
    public static final String PARTNER_CONNECTION = "partnerConnection";
    /** For an import connection: minutes between imports (default 15). */
    public static final String IMPORT_INTERVAL = "importIntervalMinutes";
    /** For an import connection: the tenant (a client) imported documents belong to (default: the connection's). */
    public static final String IMPORT_TENANT = "importTenant";
    /** For an import connection: the type given to imported documents that have none. */
    public static final String IMPORT_DOCUMENT_TYPE = "importDocumentType";
    /** For an import connection: tags added to imported documents. */
    public static final String IMPORT_TAGS = "importTags";

    private ConnectionKeys() {
    }
}
