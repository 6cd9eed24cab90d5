package io.ledgerbridge.model.spi;

import java.util.Set;

/**
 * How a connector describes itself.
 *
 * @param id stable id, e.g. "sevdesk" (also the suffix of its configuration PID {@code io.ledgerbridge.connector.<id>})
 * @param displayName the name users see, e.g. "sevdesk"
 * @param vendor who makes the connector
 * @param description one or two sentences for the store
 * @param capabilities what it can do
 * @param rateBudget the target's limits
 * @param requirements what a document must have for this connector (checked by the engine before it is sent)
 */
public record ConnectorInfo(
        String id,
        String displayName,
        String vendor,
        String description,
        Set<Capability> capabilities,
        RateBudget rateBudget,
        Set<DocumentRequirement> requirements) {
    /** The prefix of every connector's factory configuration PID. */
    public static final String PID_PREFIX = "io.ledgerbridge.connector.";

    public ConnectorInfo {
        capabilities = Set.copyOf(capabilities);
        requirements = requirements == null ? Set.of() : Set.copyOf(requirements);
    }

    /** A connector that takes every valid document (the components of release 1.0). */
    public ConnectorInfo(
            String id,
            String displayName,
            String vendor,
            String description,
            Set<Capability> capabilities,
            RateBudget rateBudget) {
        this(id, displayName, vendor, description, capabilities, rateBudget, Set.of());
    }

    /** A copy that requires this of every document. */
    public ConnectorInfo requiring(DocumentRequirement... required) {
        return new ConnectorInfo(id, displayName, vendor, description, capabilities, rateBudget, Set.of(required));
    }

    /** The factory PID of this connector's connections. */
    public String factoryPid() {
        return PID_PREFIX + id;
    }
}
