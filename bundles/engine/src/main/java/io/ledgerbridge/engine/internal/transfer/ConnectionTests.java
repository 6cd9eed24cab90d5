package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.model.service.ConnectionStatus;
import io.ledgerbridge.model.service.ConnectionStatusDetail;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.TestResult;
import java.time.Instant;

/** Runs a connector's connection test and records the result as the connection's status; success lifts a pause. */
public final class ConnectionTests {
    private ConnectionTests() {}

    public static TestResult run(Connection conn, Connector connector, SecretBox secrets, Database db, Instant now) {
        TestResult result;
        if (connector == null) {
            result = TestResult.failure(
                    FailureKind.CONFIGURATION,
                    "the " + conn.connectorId()
                            + " connector is not installed; ask your administrator to install it from the store");
        } else if (!conn.problems().isEmpty()) {
            result = TestResult.failure(
                    FailureKind.CONFIGURATION,
                    "fix the settings first: " + conn.problems().get(0).field() + " "
                            + conn.problems().get(0).message());
        } else {
            try {
                result = connector.test(new EngineConnectionContext(conn, secrets, db));
            } catch (RuntimeException e) {
                result = TestResult.failure(
                        FailureKind.UNAVAILABLE,
                        "the connection test failed: " + e.getClass().getSimpleName());
            }
        }
        TestResult r = result;
        db.inTransaction(c -> {
            if (r.ok()) {
                ConnectionStateStore.setStatus(
                        c,
                        conn.id(),
                        ConnectionStatus.ONLINE,
                        ConnectionStatusDetail.NONE,
                        r.message(),
                        false,
                        null,
                        now);
            } else {
                ConnectionStateStore.setStatus(
                        c,
                        conn.id(),
                        ConnectionStatus.OFFLINE,
                        detail(connector, r),
                        r.message(),
                        r.kind() != null && r.kind().pausesConnection(),
                        null,
                        now);
            }
            return null;
        });
        return r;
    }

    /** Why a failed test puts the connection offline; a failure about one document only counts as a setting. */
    private static ConnectionStatusDetail detail(Connector connector, TestResult r) {
        if (connector == null) {
            return ConnectionStatusDetail.CONNECTOR_MISSING;
        }
        ConnectionStatusDetail d = r.kind() == null ? ConnectionStatusDetail.NONE : ConnectionStatusDetail.of(r.kind());
        return d == ConnectionStatusDetail.NONE ? ConnectionStatusDetail.CONFIGURATION_ERROR : d;
    }
}
