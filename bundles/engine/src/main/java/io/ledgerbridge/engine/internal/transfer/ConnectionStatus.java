package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How an outcome changes a connection's status: ONLINE after a delivery, OFFLINE with a detail otherwise. Repeated
 * deliveries refresh an ONLINE status at most once per second, so parallel deliveries do not queue up on the
 * connection's one state row.
 */
public final class ConnectionStatus {
    private static final Duration ONLINE_REFRESH = Duration.ofSeconds(1);
    private final Map<String, Instant> onlineWritten = new ConcurrentHashMap<>();

    void record(java.sql.Connection c, Connection conn, Outcome outcome, Settlement s, Instant now)
            throws SQLException {
        if (outcome instanceof Outcome.Delivered) {
            Instant last = onlineWritten.get(conn.id());
            if (last == null || !now.isBefore(last.plus(ONLINE_REFRESH))) {
                ConnectionStateStore.setStatus(c, conn.id(), "ONLINE", null, null, false, now, now);
                onlineWritten.put(conn.id(), now);
            }
        } else if (outcome instanceof Outcome.Failed f) {
            String detail = detail(f.kind());
            if (detail != null) {
                onlineWritten.remove(conn.id());
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
