package io.ledgerbridge.engine.internal.imports;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.model.spi.Outcome;

/** Records how an import went as the connection's status. */
public interface ImportStatus {
    void succeeded(Connection connection, String summary);

    void failed(Connection connection, Outcome.Failed failure);
}
