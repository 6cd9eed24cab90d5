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
 */
public record ConnectorInfo(
        String id,
        String displayName,
        String vendor,
        String description,
        Set<Capability> capabilities,
        RateBudget rateBudget) {
    /** The prefix of every connector's factory configuration PID. */
    public static final String PID_PREFIX = "io.ledgerbridge.connector.";

    public ConnectorInfo {
        capabilities = Set.copyOf(capabilities);
    }

    /** The factory PID of this connector's connections. */
    public String factoryPid() {
        return PID_PREFIX + id;
    }
}
