package io.ledgerbridge.model.service;

import io.ledgerbridge.model.spi.ConnectionRole;
import io.ledgerbridge.model.spi.SettingGroup;
import java.util.List;
import java.util.Set;

/**
 * An installed connector as its settings form shows it: generated from the Metatype definition of its connections.
 *
 * @param connectorId e.g. "sevdesk"
 * @param name the name users see
 * @param vendor who makes it
 * @param description what it does
 * @param capabilities what it can do (names of {@link io.ledgerbridge.model.spi.Capability})
 * @param version the version of the connector's bundle
 * @param roles the roles its connections can have (IMPORT only for connectors that can import)
 * @param fields the common settings, then the connector's own in the order of its definition
 */
public record ConnectorForm(
        String connectorId,
        String name,
        String vendor,
        String description,
        Set<String> capabilities,
        String version,
        Set<ConnectionRole> roles,
        List<Field> fields) {

    public ConnectorForm {
        capabilities = Set.copyOf(capabilities);
        roles = Set.copyOf(roles);
        fields = List.copyOf(fields);
    }

    /**
     * One setting.
     *
     * @param id the configuration property
     * @param name its label
     * @param description help text
     * @param type STRING, PASSWORD, BOOLEAN, INTEGER, LONG, DOUBLE, FLOAT, SHORT, BYTE, CHAR or DATE (YYYY-MM-DD)
     * @param required whether it must have a value
     * @param multiple whether it takes several values
     * @param defaults the default value(s); empty when none (never filled for PASSWORD)
     * @param options the allowed values with their labels; empty when free
     * @param group the part of the form it is shown in
     * @param roles the roles whose connections have it (import settings only for import connections, ...)
     * @param common whether it is one of the {@link io.ledgerbridge.model.spi.CommonSetting settings every
     *     connection has}, rather than one of the connector's own
     * @param perClient whether each client of a partner sets it itself (its form asks for it, empty and required)
     */
    public record Field(
            String id,
            String name,
            String description,
            String type,
            boolean required,
            boolean multiple,
            List<String> defaults,
            List<Option> options,
            SettingGroup group,
            Set<ConnectionRole> roles,
            boolean common,
            boolean perClient) {
        public Field {
            defaults = List.copyOf(defaults);
            options = List.copyOf(options);
            roles = Set.copyOf(roles);
        }

        /** A field that a client takes from its partner like any other (the components of release 1.0). */
        public Field(
                String id,
                String name,
                String description,
                String type,
                boolean required,
                boolean multiple,
                List<String> defaults,
                List<Option> options,
                SettingGroup group,
                Set<ConnectionRole> roles,
                boolean common) {
            this(id, name, description, type, required, multiple, defaults, options, group, roles, common, false);
        }
    }

    /**
     * An allowed value.
     *
     * @param value what is stored
     * @param label what users see
     */
    public record Option(String value, String label) {}
}
