package io.ledgerbridge.engine.internal.core;

import io.ledgerbridge.model.spi.Connector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The installed connector of each connection, by connection id (the service.pid of the connector component). */
final class ConnectorIndex implements Function<String, Connector> {
    private final Map<String, Connector> byConnection = new ConcurrentHashMap<>();

    void put(String connectionId, Connector connector) {
        byConnection.put(connectionId, connector);
    }

    void remove(String connectionId, Connector connector) {
        byConnection.remove(connectionId, connector);
    }

    @Override
    public Connector apply(String connectionId) {
        return byConnection.get(connectionId);
    }
}
