package io.ledgerbridge.itests;

import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** The transfers over one connection, read through {@code GET /transfers?documentId=}, with bounded waits. */
final class ConnectionTransfers {
    /** Statuses a transfer keeps until someone acts: waiting for any other is pointless once one is reached. */
    private static final Set<String> SETTLED = Set.of("DELIVERED", "FAILED", "SKIPPED", "NEEDS_ATTENTION");

    private final Api api;
    private final String connection;

    ConnectionTransfers(Api api, String connection) {
        this.api = api;
        this.connection = connection;
    }

    /**
     * Waits until the document's transfer of this purpose ({@code EXPORT}, {@code PAYMENT}, {@code CANCELLATION})
     * has the status, failing at once when it settles in another.
     *
     * @return the transfer, with its {@code lastMessage}
     */
    JsonNode await(String documentId, String purpose, String expected) throws InterruptedException {
        JsonNode[] transfer = {null};
        Await.until(documentId + " " + purpose + " " + expected, 60, () -> {
            transfer[0] = find(documentId, purpose);
            String status = transfer[0].path("status").asText();
            assertTrue(transfer[0].toString(), status.equals(expected) || !SETTLED.contains(status));
            return status.equals(expected);
        });
        return transfer[0];
    }

    /** The status of the document's transfer of this purpose, {@code NONE} when there is none. */
    String status(String documentId, String purpose) {
        return find(documentId, purpose).path("status").asText();
    }

    private JsonNode find(String documentId, String purpose) {
        for (JsonNode t : api.get("/transfers?documentId=" + documentId).json().path("items")) {
            if (t.path("connectionId").asText().equals(connection)
                    && t.path("purpose").asText().equals(purpose)) {
                return t;
            }
        }
        return Api.JSON.createObjectNode().put("status", "NONE");
    }
}
