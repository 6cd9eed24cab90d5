package io.ledgerbridge.engine.internal.connections;

import io.ledgerbridge.model.FieldError;
import java.util.List;
import java.util.Map;

/**
 * A connection as configured in ConfigAdmin (factory configuration of {@code io.ledgerbridge.connector.<id>}),
 * already merged with its partner connection's defaults when it is a client connection.
 *
 * @param id the configuration PID
 * @param connectorId the connector, e.g. "sevdesk"
 * @param tenantId the partner or client it belongs to
 * @param name the name the partner gave it
 * @param partnerConnectionId for a client connection: the partner's connection whose settings are the defaults
 * @param active whether it sends documents (false as well when the partner connection is inactive)
 * @param role export or import
 * @param rules which documents it takes
 * @param properties every configuration property (PASSWORD attributes encrypted)
 * @param configHash fingerprint of the configuration; a change un-pauses a paused connection
 * @param problems configuration errors; a connection with problems is never active
 */
public record Connection(
        String id,
        String connectorId,
        String tenantId,
        String name,
        String partnerConnectionId,
        boolean active,
        Role role,
        RoutingRules rules,
        Map<String, Object> properties,
        String configHash,
        List<FieldError> problems) {

    /** Whether a connection sends documents out or brings them in. */
    public enum Role {
        EXPORT,
        IMPORT
    }

    public Connection {
        properties = Map.copyOf(properties);
        problems = List.copyOf(problems);
    }

    /** True when documents are routed to and delivered over this connection. */
    public boolean sends() {
        return active && problems.isEmpty() && role == Role.EXPORT;
    }

    /** A property as text, or null. */
    public String property(String key) {
        Object v = properties.get(key);
        return v == null ? null : v.toString();
    }
}
