package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.engine.internal.connections.ConnectionKeys;
import io.ledgerbridge.engine.internal.connections.ConnectionParser;
import io.ledgerbridge.engine.internal.connections.Connections;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.tenants.TenantStore;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.ValidationException;
import io.ledgerbridge.model.spi.CommonSetting;
import io.ledgerbridge.model.spi.ConnectionRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every check of a connection's settings before they are stored: the engine's common settings, the tenants named in
 * scope, a name unique per connector and tenant, the role among the connector's capabilities, the connector's own
 * Metatype definition and its type's rules. All problems are reported at once, per field.
 */
final class ConnectionValidation {
    /** The settings of every connection (the common ones and the engine's record of a client's own values). */
    private static final Set<String> COMMON = union(CommonSetting.keys(), Set.of(ClientSettings.OVERRIDES));

    private final Database db;
    private final Connections connections;

    ConnectionValidation(Database db, Connections connections) {
        this.db = db;
        this.connections = connections;
    }

    /**
     * @param selfId the connection being changed, null for a new one
     * @throws ValidationException naming every field at fault
     */
    void check(
            Scope scope,
            InstalledConnectors.Installed type,
            Map<String, Object> settings,
            String selfId,
            boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> own = new HashMap<>(settings);
        own.keySet().removeIf(k -> k.startsWith("service.") || k.startsWith("felix.") || k.startsWith("component."));
        errors.addAll(
                ConnectionParser.parse("new", type.info().factoryPid(), own).problems());
        Object tenant = own.get(ConnectionKeys.TENANT);
        if (tenant != null
                && (!scope.allows(tenant.toString())
                        || !db.inTransaction(c -> TenantStore.exists(c, tenant.toString())))) {
            errors.add(new FieldError(ConnectionKeys.TENANT, "tenant '" + tenant + "' not found"));
        }
        Object importTenant = own.get(ConnectionKeys.IMPORT_TENANT);
        if (importTenant != null
                && !importTenant.toString().isBlank()
                && (!scope.allows(importTenant.toString())
                        || !db.inTransaction(c -> TenantStore.exists(c, importTenant.toString())))) {
            errors.add(new FieldError(ConnectionKeys.IMPORT_TENANT, "tenant '" + importTenant + "' not found"));
        }
        Object name = own.get(ConnectionKeys.NAME);
        if (name != null
                && connections.all().stream()
                        .anyMatch(c -> !c.id().equals(selfId)
                                && c.connectorId().equals(type.info().id())
                                && name.toString().equals(c.name())
                                && tenant != null
                                && tenant.toString().equals(c.tenantId()))) {
            errors.add(new FieldError(
                    ConnectionKeys.NAME,
                    "is already used by another " + type.info().displayName() + " connection of this tenant"));
        }
        ConnectionRole role =
                ConnectionRole.of(String.valueOf(own.get(ConnectionKeys.ROLE))).orElse(ConnectionRole.EXPORT);
        if (!ConnectorForms.roles(type.info()).contains(role)) {
            errors.add(new FieldError(
                    ConnectionKeys.ROLE,
                    type.info().displayName() + " connections cannot " + role.value()
                            + " documents; this connector can: " + ConnectorForms.roles(type.info())));
        }
        errors.addAll(SettingsCheck.check(type.ocd(), own, COMMON, creating));
        errors.addAll(type.type().validate(own));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
