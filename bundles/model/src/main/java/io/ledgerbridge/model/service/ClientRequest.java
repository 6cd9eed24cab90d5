package io.ledgerbridge.model.service;

import java.util.Map;

/**
 * One client of a batch that adds a partner connection's integration for several clients at once.
 *
 * @param line where the client came from, for the result: its line in an uploaded CSV file, or its position (from 1)
 * @param client the client's id or its name, as the partner wrote it
 * @param settings the client's own settings, e.g. its company code; the others come from the partner connection
 */
public record ClientRequest(int line, String client, Map<String, Object> settings) {
    public ClientRequest {
        settings = Map.copyOf(settings);
    }
}
