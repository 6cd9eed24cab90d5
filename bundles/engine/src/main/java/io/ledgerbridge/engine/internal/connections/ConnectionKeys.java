package io.ledgerbridge.engine.internal.connections;

import io.ledgerbridge.model.spi.CommonSetting;

/**
 * The configuration properties every connection has, whatever its connector, as the engine reads them: the keys of
 * {@link CommonSetting}, where they are defined (with their labels, groups and defaults) once for every connector.
 */
public final class ConnectionKeys {
    /** The partner or client the connection belongs to (required). */
    public static final String TENANT = CommonSetting.TENANT.key();
    /** The partner's name for the connection. */
    public static final String NAME = CommonSetting.NAME.key();
    /** true to send (or import) documents. */
    public static final String ACTIVE = CommonSetting.ACTIVE.key();
    /** "export" (default) or "import". */
    public static final String ROLE = CommonSetting.ROLE.key();
    /** Lifecycle events that send a document: FINALIZED, APPROVED, SENT, PAID (default FINALIZED). */
    public static final String TRIGGERS = CommonSetting.TRIGGERS.key();
    /** Document types taken: SALES_INVOICE, CREDIT_NOTE, RECEIPT, OTHER (default all). */
    public static final String DOCUMENT_TYPES = CommonSetting.DOCUMENT_TYPES.key();
    /** OUTGOING and/or INCOMING (default both). */
    public static final String DIRECTIONS = CommonSetting.DIRECTIONS.key();
    /** Only documents carrying one of these tags (default any). */
    public static final String TAGS = CommonSetting.TAGS.key();
    /** true to take approved documents only. */
    public static final String APPROVAL_REQUIRED = CommonSetting.APPROVAL_REQUIRED.key();
    /** Only documents issued on or after (YYYY-MM-DD). */
    public static final String DATE_FROM = CommonSetting.DATE_FROM.key();
    /** Only documents issued on or before (YYYY-MM-DD). */
    public static final String DATE_TO = CommonSetting.DATE_TO.key();
    /** true to mark each document delivered over this connection as archived (it gets the tag "archived"). */
    public static final String ARCHIVE_AFTER_TRANSFER = CommonSetting.ARCHIVE_AFTER_TRANSFER.key();
    /** The tag that marks an archived document. */
    public static final String ARCHIVED_TAG = "archived";
    /** For a client's connection: the PID of the partner's connection whose settings are the defaults. */
    public static final String PARTNER_CONNECTION = CommonSetting.PARTNER_CONNECTION.key();
    /** For an import connection: minutes between imports (default 15). */
    public static final String IMPORT_INTERVAL = CommonSetting.IMPORT_INTERVAL.key();
    /** For an import connection: the tenant (a client) imported documents belong to (default: the connection's). */
    public static final String IMPORT_TENANT = CommonSetting.IMPORT_TENANT.key();
    /** For an import connection: the type given to imported documents that have none. */
    public static final String IMPORT_DOCUMENT_TYPE = CommonSetting.IMPORT_DOCUMENT_TYPE.key();
    /** For an import connection: tags added to imported documents. */
    public static final String IMPORT_TAGS = CommonSetting.IMPORT_TAGS.key();

    private ConnectionKeys() {}
}
