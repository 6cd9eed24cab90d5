package io.ledgerbridge.engine.internal.imports;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.model.DocumentDraft;

/** Where imported documents go: the same intake as every document, with their import source. */
public interface ImportSink {

    /** The result of storing one imported document. */
    enum Stored {
        NEW,
        ALREADY_IMPORTED,
        CHANGED_REMOTELY
    }

    /**
     * Stores an imported document (finalized, so it routes onward), deduplicated on the remote id.
     *
     * @throws io.ledgerbridge.model.service.ValidationException when the document breaks a rule
     */
    Stored store(Connection connection, String remoteId, DocumentDraft draft);
}
