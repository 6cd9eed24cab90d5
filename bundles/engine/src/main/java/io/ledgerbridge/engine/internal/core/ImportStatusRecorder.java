package io.ledgerbridge.engine.internal.core;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.imports.ImportStatus;
import io.ledgerbridge.engine.internal.transfer.ConnectionStateStore;
import io.ledgerbridge.engine.internal.transfer.ConnectionStatus;
import io.ledgerbridge.model.spi.Outcome;
import java.time.Clock;

/** An import's outcome as the connection's status: ONLINE with the counts, or OFFLINE with the reason. */
final class ImportStatusRecorder implements ImportStatus {
    private final Database db;
    private final Clock clock;

    ImportStatusRecorder(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void succeeded(Connection connection, String summary) {
        db.inTransaction(c -> {
            ConnectionStateStore.setStatus(c, connection.id(), "ONLINE", null, "last import: " + summary, false,
                    clock.instant(), clock.instant());
            return null;
        });
    }

    @Override
    public void failed(Connection connection, Outcome.Failed failure) {
        String detail = ConnectionStatus.detail(failure.kind());
        db.inTransaction(c -> {
            ConnectionStateStore.setStatus(c, connection.id(), "OFFLINE", detail == null ? "COMMUNICATION_ERROR" : detail,
                    failure.message(), failure.kind().pausesConnection(), null, clock.instant());
            return null;
        });
    }
}
