package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.TestResult;
import java.time.Instant;

/** Runs a connector's connection test and records the result as the connection's status; success lifts a pause. */
public final class ConnectionTests {
    private ConnectionTests() {
    }

    public static TestResult run(Connection conn, Connector connector, SecretBox secrets, Database db, Instant now) {
        TestResult result;
        if (connector == null) {
            result = TestResult.failure(FailureKind.CONFIGURATION, "the " + conn.connectorId()
                    + " connector is not installed; ask your administrator to install it from the store");
        } else if (!conn.problems().isEmpty()) {
            result = TestResult.failure(FailureKind.CONFIGURATION, "fix the settings first: " + conn.problems().get(0).field()
                    + " " + conn.problems().get(0).message());
        } else {
            try {
                result = connector.test(new EngineConnectionContext(conn, secrets, db));
            } catch (RuntimeException e) {
                result = TestResult.failure(FailureKind.UNAVAILABLE, "the connection test failed: " + e.getClass().getSimpleName());
            }
        }
        TestResult r = result;
        db.inTransaction(c -> {
            if (r.ok()) {
                ConnectionStateStore.setStatus(c, conn.id(), "ONLINE", null, r.message(), false, null, now);
            } else {
                String detail = connector == null ? "CONNECTOR_MISSING" : ConnectionStatus.detail(r.kind());
                ConnectionStateStore.setStatus(c, conn.id(), "OFFLINE", detail == null ? "CONFIGURATION_ERROR" : detail,
                        r.message(), r.kind() != null && r.kind().pausesConnection(), null, now);
            }
            return null;
        });
        return r;
    }
}
