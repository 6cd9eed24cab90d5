package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.engine.internal.transfer.TransferStore.utc;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.model.service.ConnectionStatus;
import io.ledgerbridge.model.service.ConnectionStatusDetail;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** SQL of connection states: the activation watermark, status (enum names; detail NONE as NULL), pause. */
public final class ConnectionStateStore {
    private ConnectionStateStore() {}

    /**
     * Records the configuration of a connection: a switch to active sets the watermark; a changed configuration
     * lifts a pause (the partner fixed something, so delivery tries again).
     */
    public static void sync(java.sql.Connection c, Connection conn, Instant now) throws SQLException {
        Optional<ConnectionState> before = find(c, conn.id());
        boolean active = conn.active() && conn.problems().isEmpty();
        if (before.isEmpty()) {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO connection_state (connection_id, connector_id, "
                            + "tenant_id, active, activated_at, status, paused, config_hash, updated_at) VALUES (?,?,?,?,?,?,FALSE,?,?)")) {
                p.setString(1, conn.id());
                p.setString(2, conn.connectorId());
                p.setString(3, conn.tenantId() == null ? "" : conn.tenantId());
                p.setBoolean(4, active);
                p.setObject(5, active ? utc(now) : null);
                p.setString(6, ConnectionStatus.UNKNOWN.name());
                p.setString(7, conn.configHash());
                p.setObject(8, utc(now));
                p.executeUpdate();
            }
            return;
        }
        ConnectionState old = before.get();
        boolean changed = !conn.configHash().equals(hash(c, conn.id()));
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE connection_state SET tenant_id = ?, active = ?, "
                        + "activated_at = ?, paused = ?, status = ?, status_detail = ?, status_message = ?, config_hash = ?, "
                        + "updated_at = ?, deactivated_at = CASE WHEN ? THEN ? ELSE deactivated_at END WHERE connection_id = ?")) {
            boolean unpause = changed && old.paused();
            p.setString(1, conn.tenantId() == null ? "" : conn.tenantId());
            p.setBoolean(2, active);
            p.setObject(
                    3, active && !old.active() ? utc(now) : old.activatedAt() == null ? null : utc(old.activatedAt()));
            p.setBoolean(4, old.paused() && !unpause);
            p.setString(5, (unpause ? ConnectionStatus.UNKNOWN : old.status()).name());
            p.setString(6, unpause ? null : detailColumn(old.detail()));
            p.setString(7, unpause ? null : old.message());
            p.setString(8, conn.configHash());
            p.setObject(9, utc(now));
            p.setBoolean(10, old.active() && !active); // switched off now: the start of what it will miss
            p.setObject(11, utc(now));
            p.setString(12, conn.id());
            p.executeUpdate();
        }
    }

    private static String hash(java.sql.Connection c, String id) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("SELECT config_hash FROM connection_state WHERE connection_id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Sets the status; {@code pause} stops delivery until the configuration changes or a test succeeds. */
    public static void setStatus(
            java.sql.Connection c,
            String id,
            ConnectionStatus status,
            ConnectionStatusDetail detail,
            String message,
            boolean pause,
            Instant deliveredAt,
            Instant now)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE connection_state SET status = ?, status_detail = ?, "
                + "status_message = ?, paused = ?, last_delivery_at = COALESCE(?, last_delivery_at), updated_at = ? "
                + "WHERE connection_id = ?")) {
            p.setString(1, status.name());
            p.setString(2, detailColumn(detail));
            p.setString(3, message == null ? null : TransferStore.truncate(message));
            p.setBoolean(4, pause);
            p.setObject(5, deliveredAt == null ? null : utc(deliveredAt));
            p.setObject(6, utc(now));
            p.setString(7, id);
            p.executeUpdate();
        }
    }

    public static Optional<ConnectionState> find(java.sql.Connection c, String id) throws SQLException {
        Map<String, ConnectionState> all = query(c, " WHERE connection_id = ?", id);
        return Optional.ofNullable(all.get(id));
    }

    public static Map<String, ConnectionState> all(java.sql.Connection c) throws SQLException {
        return query(c, "");
    }

    private static Map<String, ConnectionState> query(java.sql.Connection c, String where, Object... args)
            throws SQLException {
        Map<String, ConnectionState> out = new HashMap<>();
        try (PreparedStatement p =
                c.prepareStatement("SELECT connection_id, active, activated_at, status, status_detail, "
                        + "status_message, paused, last_delivery_at, deactivated_at FROM connection_state" + where)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            rs.getString(1),
                            new ConnectionState(
                                    rs.getString(1),
                                    rs.getBoolean(2),
                                    instant(rs, 3),
                                    ConnectionStatus.valueOf(rs.getString(4)),
                                    detail(rs.getString(5)),
                                    rs.getString(6),
                                    rs.getBoolean(7),
                                    instant(rs, 8),
                                    instant(rs, 9)));
                }
            }
        }
        return out;
    }

    private static String detailColumn(ConnectionStatusDetail detail) {
        return detail == null || detail == ConnectionStatusDetail.NONE ? null : detail.name();
    }

    private static ConnectionStatusDetail detail(String column) {
        return column == null ? ConnectionStatusDetail.NONE : ConnectionStatusDetail.valueOf(column);
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
