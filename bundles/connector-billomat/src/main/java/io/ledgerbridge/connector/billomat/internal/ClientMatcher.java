package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.billomat.internal.dto.ClientDto;
import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.model.Party;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the Billomat client of a document's customer: the remembered client of its customer number, else the client
 * with exactly its e-mail address (Billomat's filter matches substrings, so the answer is compared here), else a new
 * client. The customer number is then remembered, so the next document of that customer costs no call.
 */
final class ClientMatcher {
    /** Two exports of one new customer at the same time must not both create it: one resolves, the other waits. */
    private final Object[] stripes = new Object[16];

    private final ExportMapper mapper;

    ClientMatcher(ExportMapper mapper) {
        this.mapper = mapper;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /** The client id for the party, creating the client when Billomat has none. */
    String resolve(BillomatClient client, Memory memory, Party party) throws ConnectorException {
        String key = blankToNull(party.customerNumber()) != null
                ? party.customerNumber().strip()
                : String.valueOf(normalized(party.email()));
        synchronized (stripes[Math.floorMod(key.hashCode(), stripes.length)]) {
            return resolveLocked(client, memory, party);
        }
    }

    private String resolveLocked(BillomatClient client, Memory memory, Party party) throws ConnectorException {
        String customerNumber = blankToNull(party.customerNumber());
        if (customerNumber != null) {
            Optional<String> known = memory.clientOfCustomer(customerNumber);
            if (known.isPresent()) {
                return known.get();
            }
        }
        String clientId = byEmail(client, party.email()).orElse(null);
        if (clientId == null) {
            clientId = client.createClient(mapper.client(party));
        }
        if (customerNumber != null) {
            memory.clientOfCustomer(customerNumber, clientId);
        }
        return clientId;
    }

    private static Optional<String> byEmail(BillomatClient client, String email) throws ConnectorException {
        String wanted = normalized(email);
        if (wanted == null) {
            return Optional.empty();
        }
        return client.clientsByEmail(wanted).stream()
                .filter(found -> wanted.equals(normalized(found.email())))
                .min(Comparator.comparingLong(ClientMatcher::numericId))
                .map(ClientDto::id);
    }

    /** E-mail addresses compare without surrounding blanks and case (mail systems treat them alike). */
    private static String normalized(String email) {
        String value = blankToNull(email);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static long numericId(ClientDto client) {
        try {
            return Long.parseLong(client.id());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
