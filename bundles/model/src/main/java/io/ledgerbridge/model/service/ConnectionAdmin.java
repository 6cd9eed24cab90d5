package io.ledgerbridge.model.service;

import java.util.Map;

/**
 * Creates, changes and removes connections (ConfigAdmin factory configurations of the connector's PID), checking
 * every setting against the engine's rules and the connector's Metatype definition. PASSWORD settings are stored
 * encrypted and never returned.
 */
public interface ConnectionAdmin {

    /**
     * Creates a connection of an installed connector.
     *
     * @param settings the common settings (tenant, name, active, triggers, …) and the connector's own
     * @throws ValidationException naming each wrong setting; nothing is stored
     * @throws NotFoundException when the connector is not installed or the tenant is not within the scope
     */
    ConnectionView create(Scope scope, String connectorId, Map<String, Object> settings);

    /**
     * Changes settings; settings not given keep their value (so a secret need not be entered again).
     *
     * @throws ValidationException naming each wrong setting; nothing changes
     */
    ConnectionView update(Scope scope, String connectionId, Map<String, Object> settings);

    /** The settings of a connection, with PASSWORD settings left out. */
    Map<String, Object> settings(Scope scope, String connectionId);

    /** Removes the connection's configuration (its documents and transfer history stay). */
    void delete(Scope scope, String connectionId);
}
