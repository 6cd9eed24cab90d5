package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.engine.internal.connections.ConnectionKeys;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.ClientAddition;
import io.ledgerbridge.model.service.ClientRequest;
import io.ledgerbridge.model.service.Tenant;
import io.ledgerbridge.model.service.ValidationException;
import io.ledgerbridge.model.spi.TestResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A partner connection's integration added for many clients at once. Every row is checked before anything is
 * stored: the client must be one of the partner's, named once, without this integration yet; its settings must pass
 * the engine's validation; and the connector checks them all against the target in one call (e.g. each company code
 * among the companies the partner's login may list). Only rows that pass everything are added, so a row that fails
 * leaves nothing behind.
 */
final class ClientBatch {
    /** The most clients one batch may name. */
    static final int MAX_ROWS = 500;

    /** What the batch needs from the connection admin, for one partner connection. */
    interface Steps {
        /** The settings to store for a client connection with these own settings; throws naming the fields. */
        Map<String, Object> clientSettings(Map<String, Object> own) throws ValidationException;

        /** The connector's check of the clients' complete settings (no secrets), one result per client. */
        List<TestResult> check(List<Map<String, Object>> settings);

        /** Stores the client connection; returns its id. */
        String create(Map<String, Object> own) throws ValidationException;
    }

    /** A row on its way through the checks; {@code failure} set once it has failed one. */
    private static final class Row {
        final ClientRequest request;
        Tenant client;
        Map<String, Object> own;
        Map<String, Object> settings;
        String checked;
        ClientAddition failure;

        Row(ClientRequest request) {
            this.request = request;
        }
    }

    private final String partnerConnectionId;
    private final String partnerName;
    private final List<Tenant> clients;
    private final Set<String> integrated;
    private final Set<String> secrets;
    private final Steps steps;

    /**
     * @param partnerName the partner connection's name, the name each client's connection gets unless given
     * @param clients the partner's clients in scope
     * @param integrated the clients that have a connection from this partner connection already
     * @param secrets the connector's secret settings, never handed to the connector's check
     */
    ClientBatch(
            String partnerConnectionId,
            String partnerName,
            List<Tenant> clients,
            Set<String> integrated,
            Set<String> secrets,
            Steps steps) {
        this.partnerConnectionId = partnerConnectionId;
        this.partnerName = partnerName;
        this.clients = List.copyOf(clients);
        this.integrated = Set.copyOf(integrated);
        this.secrets = Set.copyOf(secrets);
        this.steps = steps;
    }

    List<ClientAddition> run(List<ClientRequest> requests, boolean dryRun) {
        List<Row> rows = requests.stream().map(Row::new).toList();
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : rows) {
            resolve(row, seen);
            if (row.failure == null) {
                prepare(row);
            }
        }
        check(rows.stream().filter(r -> r.failure == null).toList());
        List<ClientAddition> out = new ArrayList<>();
        for (Row row : rows) {
            out.add(row.failure != null ? row.failure : dryRun ? ready(row) : add(row));
        }
        return out;
    }

    /** Finds the row's client among the partner's (by id, else by name) once in the batch, without the integration. */
    private void resolve(Row row, Map<String, Integer> seen) {
        String given = row.request.client() == null ? "" : row.request.client().strip();
        if (given.isEmpty()) {
            row.failure = failed(row, "client", "names no client: enter the client's id or name");
            return;
        }
        Optional<Tenant> found = find(given);
        if (found.isEmpty()) {
            row.failure = failed(
                    row,
                    "client",
                    "'" + given + "' is none of your clients: use a client's id or its name "
                            + "as the Clients page shows it");
            return;
        }
        row.client = found.get();
        Integer first = seen.putIfAbsent(row.client.id(), row.request.line());
        if (first != null) {
            row.failure = failed(
                    row,
                    "client",
                    row.client.name() + " is listed twice (first on line " + first + "): keep one line per client");
        } else if (integrated.contains(row.client.id())) {
            row.failure = failed(
                    row,
                    "client",
                    row.client.name() + " has this integration already: open it from the "
                            + "client's page to change its settings");
        }
    }

    private Optional<Tenant> find(String given) {
        Optional<Tenant> byId =
                clients.stream().filter(t -> t.id().equals(given)).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        List<Tenant> byName = clients.stream()
                .filter(t -> t.name().strip().toLowerCase(Locale.ROOT).equals(given.toLowerCase(Locale.ROOT)))
                .toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    /** The client connection's own settings and the complete ones, validated as a single addition would be. */
    private void prepare(Row row) {
        Map<String, Object> own = new LinkedHashMap<>(row.request.settings());
        own.keySet().removeAll(Set.of(ConnectionKeys.TENANT, ConnectionKeys.PARTNER_CONNECTION));
        own.put(ConnectionKeys.TENANT, row.client.id());
        own.put(ConnectionKeys.PARTNER_CONNECTION, partnerConnectionId);
        own.putIfAbsent(ConnectionKeys.NAME, partnerName);
        own.putIfAbsent(ConnectionKeys.ACTIVE, true);
        try {
            row.settings = steps.clientSettings(own);
            row.own = own;
        } catch (ValidationException e) {
            row.failure = failed(row, e.errors());
        }
    }

    /** The connector's check of every row still in, in one call; a row it refuses fails with its words. */
    private void check(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Map<String, Object>> settings =
                rows.stream().map(r -> withoutSecrets(r.settings)).toList();
        List<TestResult> results;
        try {
            results = steps.check(settings);
        } catch (RuntimeException e) {
            results = null;
        }
        for (int i = 0; i < rows.size(); i++) {
            TestResult r = results != null && results.size() == rows.size() ? results.get(i) : null;
            Row row = rows.get(i);
            if (r == null) {
                row.failure = failed(row, List.of(), "the connector could not check this client: try again later");
            } else if (!r.ok()) {
                row.failure = failed(row, List.of(), r.message());
            } else {
                row.checked = r.message();
            }
        }
    }

    private ClientAddition ready(Row row) {
        return result(row, true, null, "Ready to add for " + row.client.name() + ": " + row.checked);
    }

    private ClientAddition add(Row row) {
        try {
            String id = steps.create(row.own);
            return result(row, true, id, "Added for " + row.client.name() + ": " + row.checked);
        } catch (ValidationException e) {
            return failed(row, e.errors());
        } catch (RuntimeException e) {
            return failed(
                    row,
                    List.of(),
                    "could not be stored (" + e.getClass().getSimpleName() + "); nothing was "
                            + "added for this client: try again");
        }
    }

    private Map<String, Object> withoutSecrets(Map<String, Object> settings) {
        Map<String, Object> out = new HashMap<>(settings);
        out.keySet().removeAll(secrets);
        return out;
    }

    private static ClientAddition failed(Row row, String field, String message) {
        return failed(row, List.of(new FieldError(field, message)), message);
    }

    private static ClientAddition failed(Row row, List<FieldError> errors) {
        String what = errors.stream()
                .map(e -> e.field() + " " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("the settings are not valid");
        return failed(row, errors, what);
    }

    private static ClientAddition failed(Row row, List<FieldError> errors, String message) {
        return new ClientAddition(
                row.request.line(),
                row.request.client(),
                row.client == null ? null : row.client.id(),
                row.client == null ? null : row.client.name(),
                false,
                null,
                "Not added: " + message,
                errors);
    }

    private static ClientAddition result(Row row, boolean ok, String connectionId, String message) {
        return new ClientAddition(
                row.request.line(),
                row.request.client(),
                row.client.id(),
                row.client.name(),
                ok,
                connectionId,
                message,
                List.of());
    }
}
