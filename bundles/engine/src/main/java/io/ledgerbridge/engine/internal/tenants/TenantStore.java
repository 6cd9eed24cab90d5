package io.ledgerbridge.engine.internal.tenants;

import io.ledgerbridge.model.service.Tenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** SQL for tenants. */
public final class TenantStore {
    private TenantStore() {}

    public static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM tenant WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    public static List<Tenant> all(Connection c) throws SQLException {
        List<Tenant> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                        "SELECT id, name, parent_id FROM tenant ORDER BY CASE WHEN parent_id IS NULL THEN 0 ELSE 1 END, id");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new Tenant(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** The scope of a tenant's users: the tenant and, for a partner, its clients. */
    public static io.ledgerbridge.model.service.Scope scopeOf(Connection c, String tenantId) throws SQLException {
        java.util.Set<String> visible = all(c).stream()
                .filter(t -> t.id().equals(tenantId) || tenantId.equals(t.parentId()))
                .map(Tenant::id)
                .collect(java.util.stream.Collectors.toSet());
        return io.ledgerbridge.model.service.Scope.tenant(tenantId, visible);
    }

    static void insert(Connection c, Tenant t) throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO tenant (id, name, parent_id, created_at) VALUES (?, ?, ?, ?)")) {
            p.setString(1, t.id());
            p.setString(2, t.name());
            p.setString(3, t.parentId());
            p.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            p.executeUpdate();
        }
    }
}
