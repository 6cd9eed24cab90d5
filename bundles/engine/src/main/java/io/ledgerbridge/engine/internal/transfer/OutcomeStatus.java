package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.model.service.ConnectionStatus;
import io.ledgerbridge.model.service.ConnectionStatusDetail;
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
final class OutcomeStatus {
    private static final Duration ONLINE_REFRESH = Duration.ofSeconds(1);
    private final Map<String, Instant> onlineWritten = new ConcurrentHashMap<>();

    void record(java.sql.Connection c, Connection conn, Outcome outcome, Settlement s, Instant now)
            throws SQLException {
        if (outcome instanceof Outcome.Delivered) {
            Instant last = onlineWritten.get(conn.id());
            if (last == null || !now.isBefore(last.plus(ONLINE_REFRESH))) {
                ConnectionStateStore.setStatus(
                        c, conn.id(), ConnectionStatus.ONLINE, ConnectionStatusDetail.NONE, null, false, now, now);
                onlineWritten.put(conn.id(), now);
            }
        } else if (outcome instanceof Outcome.Failed f) {
            ConnectionStatusDetail detail = ConnectionStatusDetail.of(f.kind());
            if (detail != ConnectionStatusDetail.NONE) { // NONE: the failure concerns this one document only
                onlineWritten.remove(conn.id());
                ConnectionStateStore.setStatus(
                        c, conn.id(), ConnectionStatus.OFFLINE, detail, f.message(), s.pauseConnection(), null, now);
            }
        }
    }
}
