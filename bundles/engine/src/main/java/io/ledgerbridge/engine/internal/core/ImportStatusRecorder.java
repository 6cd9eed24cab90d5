package io.ledgerbridge.engine.internal.core;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.imports.ImportStatus;
import io.ledgerbridge.engine.internal.transfer.ConnectionStateStore;
import io.ledgerbridge.model.service.ConnectionStatus;
import io.ledgerbridge.model.service.ConnectionStatusDetail;
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
            ConnectionStateStore.setStatus(
                    c,
                    connection.id(),
                    ConnectionStatus.ONLINE,
                    ConnectionStatusDetail.NONE,
                    "last import: " + summary,
                    false,
                    clock.instant(),
                    clock.instant());
            return null;
        });
    }

    @Override
    public void failed(Connection connection, Outcome.Failed failure) {
        ConnectionStatusDetail of = ConnectionStatusDetail.of(failure.kind());
        ConnectionStatusDetail detail =
                of == ConnectionStatusDetail.NONE ? ConnectionStatusDetail.COMMUNICATION_ERROR : of;
        db.inTransaction(c -> {
            ConnectionStateStore.setStatus(
                    c,
                    connection.id(),
                    ConnectionStatus.OFFLINE,
                    detail,
                    failure.message(),
                    failure.kind().pausesConnection(),
                    null,
                    clock.instant());
            return null;
        });
    }
}
