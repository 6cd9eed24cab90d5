package io.ledgerbridge.model.service;

import io.ledgerbridge.model.FieldError;
import java.util.List;

/**
 * What became of one client of a batch (see {@link ConnectionAdmin#addClients}).
 *
 * @param line the line or position the client came from
 * @param client the client as the partner wrote it
 * @param clientId the client's tenant id; null when no client of the partner matches
 * @param clientName the client's name; null when no client of the partner matches
 * @param ok true when the client's connection was added (or, on a dry run, would be)
 * @param connectionId the new connection; null on a dry run or a failure
 * @param message what happened, and on a failure what the partner can do
 * @param errors on a failure, the fields at fault
 */
public record ClientAddition(
        int line,
        String client,
        String clientId,
        String clientName,
        boolean ok,
        String connectionId,
        String message,
        List<FieldError> errors) {
    public ClientAddition {
        errors = List.copyOf(errors);
    }
}
