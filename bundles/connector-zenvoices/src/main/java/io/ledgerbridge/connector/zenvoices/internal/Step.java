package io.ledgerbridge.connector.zenvoices.internal;

/** The calls a connection makes; a failure is worded after the step it happened in (each needs its own right). */
enum Step {
    /** {@code TokenLogin}. */
    LOGIN,
    /** {@code administration/list}: needs "API > Companies > List access". */
    COMPANIES,
    /** {@code inbox/list}, the check and the lookup after an uncertain attempt: needs "API > Inbox access". */
    INBOX,
    /** The (assumed) inbox upload: needs "API > Inbox access". */
    UPLOAD
}
