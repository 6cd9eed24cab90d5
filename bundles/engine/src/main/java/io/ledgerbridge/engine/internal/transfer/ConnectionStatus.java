package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import java.sql.SQLException;
import java.time.Instant;

/** How an outcome changes a connection's status: ONLINE after a delivery, OFFLINE with a detail otherwise. */
public final class ConnectionStatus {
    private ConnectionStatus() {
    }

    static void record(java.sql.Connection c, Connection conn, Outcome outcome, Settlement s, Instant now)
            throws SQLException {
        if (outcome instanceof Outcome.Delivered) {
            ConnectionStateStore.setStatus(c, conn.id(), "ONLINE", null, null, false, now, now);
        } else if (outcome instanceof Outcome.Failed f) {
            String detail = detail(f.kind());
            if (detail != null) {
                ConnectionStateStore.setStatus(c, conn.id(), "OFFLINE", detail, f.message(), s.pauseConnection(), null, now);
            }
        }
    }

    /** The status detail of a failure kind; null for kinds that concern one document only. */
    public static String detail(FailureKind kind) {
        return switch (kind) {
            case AUTH -> "AUTH_ERROR";
            case PERMISSION -> "PERMISSION_ERROR";
            case CONFIGURATION -> "CONFIGURATION_ERROR";
            case RATE_LIMITED -> "RATE_LIMITED";
            case UNAVAILABLE -> "COMMUNICATION_ERROR";
            case VALIDATION, NOT_FOUND -> null;
        };
    }
}
