package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.engine.internal.connections.ConfigValues;
import io.ledgerbridge.engine.internal.connections.ConnectionKeys;
import io.ledgerbridge.engine.internal.connections.ConnectionParser;
import io.ledgerbridge.engine.internal.connections.ConnectionSource;
import io.ledgerbridge.engine.internal.connections.ConnectorIndex;
import io.ledgerbridge.engine.internal.connections.Connections;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.tenants.TenantStore;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.ConnectionAdmin;
import io.ledgerbridge.model.service.ConnectionView;
import io.ledgerbridge.model.service.ConnectorForm;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TransferService;
import io.ledgerbridge.model.service.ValidationException;
import io.ledgerbridge.model.spi.CommonSetting;
import io.ledgerbridge.model.spi.ConnectionRole;
import io.ledgerbridge.model.spi.ConnectorInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.ObjectClassDefinition;

/** Connections written to ConfigAdmin after checking every setting; secrets encrypted, never read back. */
@Component(service = ConnectionAdmin.class)
public class ConnectionAdminImpl implements ConnectionAdmin {
    /** The settings of every connection (the common ones and the engine's record of a client's own values). */
    private static final Set<String> COMMON = union(CommonSetting.keys(), Set.of(ClientSettings.OVERRIDES));
    /** How long a change waits for the connector's component to (re)start. */
    private static final Duration CONNECTOR_START = Duration.ofSeconds(5);

    private final ConfigurationAdmin configAdmin;
    private final TransferService transfers;
    private final InstalledConnectors installed;
    private final Database db;
    private final Connections connections;
    private final ConnectionSource source;
    private final ConnectorIndex connectors;
    private final SecretBox secrets;

    /**
     * @param connections the connections in force (names are unique per connector and tenant)
     * @param source read again after each change, so that the change is in force when a call returns
     * @param connectors to wait for the connector's component of a new or changed connection
     */
    @Activate
    public ConnectionAdminImpl(@Reference ConfigurationAdmin configAdmin, @Reference TransferService transfers,
                               @Reference InstalledConnectors installed, @Reference Database db,
                               @Reference Connections connections, @Reference ConnectionSource source,
                               @Reference ConnectorIndex connectors, @Reference SecretBox secrets) {
        this.configAdmin = configAdmin;
        this.transfers = transfers;
        this.installed = installed;
        this.db = db;
        this.connections = connections;
        this.source = source;
        this.connectors = connectors;
        this.secrets = secrets;
    }

    @Override
    public ConnectionView create(Scope scope, String connectorId, Map<String, Object> given) {
        InstalledConnectors.Installed type = installed.find(connectorId)
                .orElseThrow(() -> new NotFoundException("connector '" + connectorId + "' is not installed"));
        Map<String, Object> own = new HashMap<>(given);
        own.putIfAbsent(ConnectionKeys.TENANT, scope.homeTenant());
        Map<String, Object> settings = ClientSettings.isClient(own)
                ? ClientSettings.merge(partnerSettings(scope, own, type), own, ClientSettings.overridesIn(given))
                : CommonDefaults.applied(own, type.type().settingsLayout());
        validate(scope, type, settings, null, true);
        String tenant = String.valueOf(settings.get(ConnectionKeys.TENANT));
        try {
            Configuration config = configAdmin.getFactoryConfiguration(type.info().factoryPid(),
                    tenant + "-" + UUID.randomUUID().toString().substring(0, 8), "?");
            long mark = connectors.mark();
            store(config, settings, type);
            source.reload();
            awaitConnector(config.getPid(), mark);
            return transfers.connection(scope, config.getPid()).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the connection", e);
        }
    }

    @Override
    public ConnectionView update(Scope scope, String connectionId, Map<String, Object> given) {
        Configuration config = configuration(scope, connectionId);
        String connectorId = config.getFactoryPid().substring(ConnectorInfo.PID_PREFIX.length());
        InstalledConnectors.Installed type = installed.find(connectorId)
                .orElseThrow(() -> new NotFoundException("connector '" + connectorId + "' is not installed; "
                        + "its connections can be changed once it is"));
        Map<String, Object> stored = ConfigValues.toMap(config.getProperties());
        Map<String, Object> merged = new HashMap<>(stored);
        Set<String> secrets = SettingsCheck.passwords(type.ocd());
        given.forEach((k, v) -> {
            if (!(secrets.contains(k) && (v == null || v.toString().isEmpty()))) {
                merged.put(k, v); // an empty secret keeps the stored one
            }
        });
        Map<String, Object> plain = decrypted(merged, type);
        if (ClientSettings.isClient(plain)) {
            Set<String> overrides = new java.util.TreeSet<>(ClientSettings.recorded(stored));
            overrides.addAll(ClientSettings.overridesIn(given));
            given.forEach((k, v) -> {
                boolean emptied = secrets.contains(k) ? v == null // "" keeps a stored secret, null drops it
                        : !ClientSettings.overridesIn(Map.of(k, v == null ? "" : v)).contains(k);
                if (emptied) {
                    overrides.remove(k); // the partner's value again
                }
            });
            plain = ClientSettings.merge(partnerSettings(scope, plain, type), plain, overrides);
        }
        validate(scope, type, plain, connectionId, false);
        long mark = connectors.mark();
        store(config, plain, type);
        if (!ClientSettings.isClient(plain)) {
            passOnToClients(connectionId, plain, type);
        }
        source.reload();
        awaitConnector(connectionId, mark); // DS restarts the connector's component with the new settings
        return transfers.connection(scope, connectionId).orElseThrow();
    }

    /**
     * Waits briefly for the connector's component of a new or changed connection to register after {@code mark}
     * (DS unregisters it first when its configuration changes), so that a connection test right after saving reaches
     * the connector with the new settings and shows no passing "connector missing"; returns anyway after the wait
     * (the status then says why).
     */
    private void awaitConnector(String connectionId, long mark) {
        try {
            connectors.awaitRegistration(connectionId, mark, CONNECTOR_START);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The settings of a client connection's partner connection, secrets decrypted; refused when it is none. */
    private Map<String, Object> partnerSettings(Scope scope, Map<String, Object> client, InstalledConnectors.Installed type) {
        String partnerId = client.get(ConnectionKeys.PARTNER_CONNECTION).toString();
        Map<String, Object> partner = transfers.connection(scope, partnerId).map(v -> decrypted(
                ConfigValues.toMap(configuration(scope, partnerId).getProperties()), type)).orElse(null);
        if (partner == null || !type.info().id().equals(transfers.connection(scope, partnerId).get().connectorId())
                || ClientSettings.isClient(partner)) {
            throw new ValidationException(List.of(new FieldError(ConnectionKeys.PARTNER_CONNECTION,
                    "must be a partner connection of the same connector ('" + partnerId + "' is not)")));
        }
        partner.keySet().removeIf(k -> k.startsWith("service.") || k.startsWith("felix."));
        return partner;
    }

    /** Passes a partner connection's changed settings on to its clients' connections, keeping their own values. */
    private void passOnToClients(String partnerId, Map<String, Object> partner, InstalledConnectors.Installed type) {
        try {
            Configuration[] clients = configAdmin.listConfigurations("(" + ConnectionKeys.PARTNER_CONNECTION + "="
                    + partnerId.replaceAll("[()*\\\\]", "") + ")");
            for (Configuration client : clients == null ? new Configuration[0] : clients) {
                Map<String, Object> own = decrypted(ConfigValues.toMap(client.getProperties()), type);
                store(client, ClientSettings.merge(partner, own, ClientSettings.recorded(own)), type);
            }
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException("cannot pass the settings on to the client connections", e);
        }
    }

    private Map<String, Object> decrypted(Map<String, Object> settings, InstalledConnectors.Installed type) {
        Map<String, Object> plain = new HashMap<>(settings);
        SettingsCheck.passwords(type.ocd()).forEach(k ->
                plain.computeIfPresent(k, (key, v) -> secrets.decrypt(v.toString())));
        return plain;
    }

    private void store(Configuration config, Map<String, Object> plain, InstalledConnectors.Installed type) {
        Map<String, Object> settings = new HashMap<>(plain);
        settings.keySet().removeIf(k -> k.startsWith("service.") || k.startsWith("felix."));
        try {
            config.update(ConfigValues.toDictionary(encryptSecrets(settings, type.ocd())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the connection", e);
        }
    }

    private void validate(Scope scope, InstalledConnectors.Installed type, Map<String, Object> settings, String selfId,
                          boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> own = new HashMap<>(settings);
        own.keySet().removeIf(k -> k.startsWith("service.") || k.startsWith("felix.") || k.startsWith("component."));
        errors.addAll(ConnectionParser.parse("new", type.info().factoryPid(), own).problems());
        Object tenant = own.get(ConnectionKeys.TENANT);
        if (tenant != null && (!scope.allows(tenant.toString())
                || !db.inTransaction(c -> TenantStore.exists(c, tenant.toString())))) {
            errors.add(new FieldError(ConnectionKeys.TENANT, "tenant '" + tenant + "' not found"));
        }
        Object importTenant = own.get(ConnectionKeys.IMPORT_TENANT);
        if (importTenant != null && !importTenant.toString().isBlank() && (!scope.allows(importTenant.toString())
                || !db.inTransaction(c -> TenantStore.exists(c, importTenant.toString())))) {
            errors.add(new FieldError(ConnectionKeys.IMPORT_TENANT, "tenant '" + importTenant + "' not found"));
        }
        Object name = own.get(ConnectionKeys.NAME);
        if (name != null && connections.all().stream().anyMatch(c -> !c.id().equals(selfId)
                && c.connectorId().equals(type.info().id()) && name.toString().equals(c.name())
                && tenant != null && tenant.toString().equals(c.tenantId()))) {
            errors.add(new FieldError(ConnectionKeys.NAME, "is already used by another " + type.info().displayName()
                    + " connection of this tenant"));
        }
        ConnectionRole role = ConnectionRole.of(String.valueOf(own.get(ConnectionKeys.ROLE))).orElse(ConnectionRole.EXPORT);
        if (!ConnectorForms.roles(type.info()).contains(role)) {
            errors.add(new FieldError(ConnectionKeys.ROLE, type.info().displayName() + " connections cannot "
                    + role.value() + " documents; this connector can: " + ConnectorForms.roles(type.info())));
        }
        errors.addAll(SettingsCheck.check(type.ocd(), own, COMMON, creating));
        errors.addAll(type.type().validate(own));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private Map<String, Object> encryptSecrets(Map<String, Object> settings, ObjectClassDefinition ocd) {
        Map<String, Object> out = new HashMap<>(settings);
        for (String key : SettingsCheck.passwords(ocd)) {
            out.computeIfPresent(key, (k, v) -> secrets.encrypt(v.toString()));
        }
        return out;
    }

    @Override
    public Map<String, Object> settings(Scope scope, String connectionId) {
        Configuration config = configuration(scope, connectionId);
        Map<String, Object> out = ConfigValues.toMap(config.getProperties());
        out.keySet().removeIf(k -> k.startsWith("service.") || k.startsWith("felix."));
        out.values().removeIf(v -> v != null && SecretBox.isEncrypted(v.toString()));
        return out;
    }

    @Override
    public Set<String> storedSecrets(Scope scope, String connectionId) {
        Map<String, Object> props = ConfigValues.toMap(configuration(scope, connectionId).getProperties());
        Set<String> out = new java.util.TreeSet<>();
        props.forEach((k, v) -> {
            if (v != null && SecretBox.isEncrypted(v.toString())) {
                out.add(k);
            }
        });
        return out;
    }

    @Override
    public List<ConnectorForm> forms() {
        return installed.all().stream().map(ConnectorForms::of)
                .sorted(java.util.Comparator.comparing(ConnectorForm::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public Optional<ConnectorForm> form(String connectorId) {
        return installed.find(connectorId).map(ConnectorForms::of);
    }

    @Override
    public void delete(Scope scope, String connectionId) {
        try {
            configuration(scope, connectionId).delete();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the connection", e);
        }
        source.reload();
    }

    private Configuration configuration(Scope scope, String connectionId) {
        transfers.connection(scope, connectionId)
                .orElseThrow(() -> new NotFoundException("connection '" + connectionId + "' not found"));
        try {
            Configuration[] found = configAdmin.listConfigurations("(service.pid=" + connectionId.replaceAll("[()*\\\\]", "") + ")");
            if (found == null || found.length == 0) {
                throw new NotFoundException("connection '" + connectionId + "' not found");
            }
            return found[0];
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException("cannot read the connection's configuration", e);
        }
    }
}
