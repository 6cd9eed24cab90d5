package io.ledgerbridge.model.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates, changes and removes connections (ConfigAdmin factory configurations of the connector's PID), checking
 * every setting against the engine's rules and the connector's Metatype definition. PASSWORD settings are stored
 * encrypted and never returned.
 */
@ProviderType
public interface ConnectionAdmin {

    /**
     * Creates a connection of an installed connector. A client's connection names its partner's connection in the
     * setting {@code partnerConnection}; what it leaves empty is taken from there, and it is checked as merged.
     *
     * @param settings the common settings (tenant, name, active, triggers, …) and the connector's own
     * @throws ValidationException naming each wrong setting; nothing is stored
     * @throws NotFoundException when the connector is not installed or the tenant is not within the scope
     */
    ConnectionView create(Scope scope, String connectorId, Map<String, Object> settings);

    /**
     * Changes settings; settings not given keep their value (so a secret need not be entered again). For a client
     * connection, an empty value or the partner's value (for a PASSWORD setting: {@code null}) makes the setting
     * follow the partner connection again.
     *
     * @throws ValidationException naming each wrong setting; nothing changes
     */
    ConnectionView update(Scope scope, String connectionId, Map<String, Object> settings);

    /** The settings of a connection, with PASSWORD settings left out. */
    Map<String, Object> settings(Scope scope, String connectionId);

    /** The names of the connection's PASSWORD settings that have a stored value (the values are never returned). */
    Set<String> storedSecrets(Scope scope, String connectionId);

    /**
     * Where each stored setting of a connection comes from, PASSWORD settings included. A client connection's
     * {@code tenant}, {@code name}, {@code active} and {@code partnerConnection} are always its own; its other
     * settings are its own when it set them (not empty, and different from the partner's value, or a secret entered
     * for it), else {@link SettingOrigin#PARTNER}. Every setting of a partner connection is its own.
     */
    Map<String, SettingOrigin> origins(Scope scope, String connectionId);

    /** The settings forms of the installed connectors. */
    List<ConnectorForm> forms();

    /** The settings form of an installed connector. */
    Optional<ConnectorForm> form(String connectorId);

    /**
     * Adds a partner connection's integration for several of the partner's clients at once, each with its own
     * settings (e.g. its company code). Every client is checked first (that it is a client of the partner without
     * this integration yet, its settings, and by the connector against the target); only those that pass are added,
     * so a client that fails gets nothing half-created.
     *
     * @param dryRun check only, add nothing
     * @return one result per client, in the order given
     * @throws NotFoundException when the partner connection is not in scope
     * @throws ValidationException when it is a client's connection, or its connector is not installed
     */
    List<ClientAddition> addClients(
            Scope scope, String partnerConnectionId, List<ClientRequest> clients, boolean dryRun);

    /** Removes the connection's configuration (its documents and transfer history stay). */
    void delete(Scope scope, String connectionId);
}
