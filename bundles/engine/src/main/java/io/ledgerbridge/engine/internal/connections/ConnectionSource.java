package io.ledgerbridge.engine.internal.connections;

/** Where the connections are configured (ConfigAdmin in the container), read again on request. */
@FunctionalInterface
public interface ConnectionSource {

    /** Reads the configured connections again now, so that a change just written is in force when this returns. */
    void reload();
}
