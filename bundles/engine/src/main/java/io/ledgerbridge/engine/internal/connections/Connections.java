package io.ledgerbridge.engine.internal.connections;

import io.ledgerbridge.model.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The current connections, as routing and delivery see them: client connections merged with their partner
 * connection's settings, and inactive when the partner connection is. Replaced as a whole on every configuration
 * change, read without locks.
 */
public class Connections {
    private volatile Map<String, Connection> byId = Map.of();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /**
     * Replaces every connection.
     *
     * @param configured the connections as configured
     * @param partnerOf the partner of a tenant (itself for a partner), or null for an unknown tenant
     */
    public void replaceAll(Collection<Connection> configured, Function<String, String> partnerOf) {
        Map<String, Connection> raw = new HashMap<>();
        configured.forEach(c -> raw.put(c.id(), c));
        Map<String, Connection> merged = new LinkedHashMap<>();
        for (Connection c : configured) {
            merged.put(c.id(), resolve(c, raw, partnerOf));
        }
        byId = Map.copyOf(merged);
        listeners.forEach(Runnable::run);
    }

    private static Connection resolve(Connection c, Map<String, Connection> raw, Function<String, String> partnerOf) {
        List<FieldError> problems = new ArrayList<>(c.problems());
        if (c.tenantId() != null && partnerOf.apply(c.tenantId()) == null) {
            problems.add(new FieldError(ConnectionKeys.TENANT, "tenant '" + c.tenantId() + "' does not exist"));
        }
        if (c.partnerConnectionId() == null) {
            return withProblems(c, c.properties(), c.active(), problems);
        }
        Connection partner = raw.get(c.partnerConnectionId());
        if (partner == null
                || !partner.connectorId().equals(c.connectorId())
                || partner.partnerConnectionId() != null) {
            problems.add(new FieldError(
                    ConnectionKeys.PARTNER_CONNECTION, "must be a partner connection of the same connector"));
            return withProblems(c, c.properties(), false, problems);
        }
        if (c.tenantId() != null
                && partner.tenantId() != null
                && !partner.tenantId().equals(partnerOf.apply(c.tenantId()))) {
            problems.add(new FieldError(ConnectionKeys.TENANT, "must be a client of the partner connection's tenant"));
        }
        Map<String, Object> props = new HashMap<>(partner.properties());
        c.properties().forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                props.put(k, v);
            }
        });
        Connection merged = ConnectionParser.parse(
                c.id(), io.ledgerbridge.model.spi.ConnectorInfo.PID_PREFIX + c.connectorId(), props);
        problems.addAll(
                merged.problems().stream().filter(p -> !problems.contains(p)).toList());
        return withProblems(
                merged,
                props,
                c.active() && partner.active() && partner.problems().isEmpty(),
                problems);
    }

    private static Connection withProblems(
            Connection c, Map<String, Object> props, boolean active, List<FieldError> problems) {
        return new Connection(
                c.id(),
                c.connectorId(),
                c.tenantId(),
                c.name(),
                c.partnerConnectionId(),
                active,
                c.role(),
                c.rules(),
                props,
                ConnectionParser.fingerprint(props),
                problems);
    }

    public Optional<Connection> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Connection> all() {
        return byId.values();
    }

    /** The connections of one tenant that send documents. */
    public List<Connection> sendingFor(String tenantId) {
        return byId.values().stream()
                .filter(c -> c.sends() && tenantId.equals(c.tenantId()))
                .toList();
    }

    /** Runs the listener after every change. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
