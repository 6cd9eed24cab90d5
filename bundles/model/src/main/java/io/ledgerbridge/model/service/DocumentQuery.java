package io.ledgerbridge.model.service;

import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.DocumentStatus;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.PaymentStatus;
import java.time.LocalDate;

/**
 * Filters and paging of a document list. Every filter is optional (null = any). Paging is by cursor: pass the
 * {@link Page#nextCursor()} of one page to get the next; documents created meanwhile never shift a page.
 *
 * @param tenantId only this tenant (must be within the caller's scope)
 * @param type document type
 * @param direction outgoing or incoming
 * @param status lifecycle status
 * @param paymentStatus open or paid
 * @param tag documents carrying this tag
 * @param issuedFrom issue date on or after
 * @param issuedTo issue date on or before
 * @param limit page size, 1 to {@link #MAX_LIMIT}
 * @param cursor where the page starts; null for the first page
 * @param transferStatus documents with a transfer in this status, e.g. {@code NEEDS_ATTENTION} or {@code FAILED}
 */
public record DocumentQuery(
        String tenantId,
        DocumentType type,
        Direction direction,
        DocumentStatus status,
        PaymentStatus paymentStatus,
        String tag,
        LocalDate issuedFrom,
        LocalDate issuedTo,
        int limit,
        String cursor,
        String transferStatus) {
    /** The largest page. */
    public static final int MAX_LIMIT = 500;
    /** The page size when none is given. */
    public static final int DEFAULT_LIMIT = 50;

    /** The statuses a transfer can be in, for {@link #transferStatus()}. */
    public static final java.util.Set<String> TRANSFER_STATUSES =
            java.util.Set.of("PENDING", "IN_FLIGHT", "DELIVERED", "FAILED", "SKIPPED", "CANCELLED", "NEEDS_ATTENTION");

    /** A query without the transfer status filter (the components of release 1.0). */
    public DocumentQuery(
            String tenantId,
            DocumentType type,
            Direction direction,
            DocumentStatus status,
            PaymentStatus paymentStatus,
            String tag,
            LocalDate issuedFrom,
            LocalDate issuedTo,
            int limit,
            String cursor) {
        this(tenantId, type, direction, status, paymentStatus, tag, issuedFrom, issuedTo, limit, cursor, null);
    }

    /** The first page of all documents in scope. */
    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, null, null, null, null, null, DEFAULT_LIMIT, null);
    }
}
