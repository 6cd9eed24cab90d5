package io.ledgerbridge.model.service;

import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.DocumentType;
import java.time.LocalDate;
import java.util.List;

/**
 * Which existing documents to transfer to a connection. Only issued documents (finalized or sent) of the
 * connection's tenant that were never exported to it are taken; every filter is optional.
 *
 * @param connectionId the connection to transfer to
 * @param type document type
 * @param direction e.g. OUTGOING for income documents only
 * @param issuedFrom issue date on or after
 * @param issuedTo issue date on or before
 * @param tag documents carrying this tag
 * @param documentIds an explicit selection (the other filters still apply)
 */
public record BackfillRequest(
        String connectionId,
        DocumentType type,
        Direction direction,
        LocalDate issuedFrom,
        LocalDate issuedTo,
        String tag,
        List<String> documentIds) {}
