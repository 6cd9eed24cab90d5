package io.ledgerbridge.engine.internal.connections;

import io.ledgerbridge.model.spi.Connector;

/** The installed connector serving a connection, as delivery, imports and the connection test find it. */
@FunctionalInterface
public interface ConnectorLookup {

    /** The connector of the connection (its configuration PID), or null while it is not installed. */
    Connector connector(String connectionId);
}
