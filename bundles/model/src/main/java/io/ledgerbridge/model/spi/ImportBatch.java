package io.ledgerbridge.model.spi;

import io.ledgerbridge.model.DocumentDraft;
import java.util.List;

/**
 * Documents read from a target since a cursor.
 *
 * @param documents the documents, each with the target's id (re-imports deduplicate on it)
 * @param nextCursor where the next import continues; persisted by the engine after the batch is stored
 * @param more true when the target has more right now (the engine asks again at once)
 * @param failure set when the import failed; the cursor is then not moved
 */
public record ImportBatch(List<Imported> documents, String nextCursor, boolean more, Outcome.Failed failure) {

    /**
     * One imported document.
     *
     * @param remoteId the target's id
     * @param draft the document; tenant, type and tags may be left empty for the connection's defaults
     */
    public record Imported(String remoteId, DocumentDraft draft) {}

    public static ImportBatch failed(Outcome.Failed failure, String cursor) {
        return new ImportBatch(List.of(), cursor, false, failure);
    }
}
