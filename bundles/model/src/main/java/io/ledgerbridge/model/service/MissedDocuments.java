package io.ledgerbridge.model.service;

import java.time.Instant;
import java.util.List;

/**
 * The documents a connection missed while it was switched off: those whose event it sends on (e.g. finalized) came
 * between switching it off and on again, and that it never sent. A backfill of exactly these sends them.
 *
 * @param offSince when the connection was last switched off; null when it never was
 * @param onAgainAt when it was switched on again; null while it is off
 * @param documentIds the documents, oldest first; empty when none
 */
public record MissedDocuments(Instant offSince, Instant onAgainAt, List<String> documentIds) {
    public MissedDocuments {
        documentIds = List.copyOf(documentIds);
    }

    /** Nothing missed. */
    public static MissedDocuments none(Instant offSince, Instant onAgainAt) {
        return new MissedDocuments(offSince, onAgainAt, List.of());
    }
}
