package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.engine.internal.connections.ConnectionKeys;
import io.ledgerbridge.engine.internal.connections.ConnectionParser;
import io.ledgerbridge.engine.internal.core.Engine;
import io.ledgerbridge.engine.internal.tenants.TenantStore;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.ConnectionAdmin;
import io.ledgerbridge.model.service.ConnectionView;
import io.ledgerbridge.model.service.ConnectorForm;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TransferService;
import io.ledgerbridge.model.service.ValidationException;
import io.ledgerbridge.model.spi.ConnectorInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    private static final Set<String> COMMON = Set.of(ConnectionKeys.TENANT, ConnectionKeys.NAME, ConnectionKeys.ACTIVE,
            ConnectionKeys.ROLE, ConnectionKeys.TRIGGERS, ConnectionKeys.DOCUMENT_TYPES, ConnectionKeys.DIRECTIONS,
            ConnectionKeys.TAGS, ConnectionKeys.APPROVAL_REQUIRED, ConnectionKeys.DATE_FROM, ConnectionKeys.DATE_TO,
            ConnectionKeys.PARTNER_CONNECTION, ConnectionKeys.IMPORT_INTERVAL, ConnectionKeys.IMPORT_TENANT,
            ConnectionKeys.IMPORT_DOCUMENT_TYPE, ConnectionKeys.IMPORT_TAGS, ConnectionKeys.ARCHIVE_AFTER_TRANSFER);

    private final ConfigurationAdmin configAdmin;
    private final Engine engine;
    private final TransferService transfers;
    private final InstalledConnectors installed;

    @Activate
    public ConnectionAdminImpl(@Reference ConfigurationAdmin configAdmin, @Reference Engine engine,
                               @Reference TransferService transfers, @Reference InstalledConnectors installed) {
        this.configAdmin = configAdmin;
        this.engine = engine;
        this.transfers = transfers;
        this.installed = installed;
    }

    @Override
    public ConnectionView create(Scope scope, String connectorId, Map<String, Object> given) {
        InstalledConnectors.Installed type = installed.find(connectorId)
                .orElseThrow(() -> new NotFoundException("connector '" + connectorId + "' is not installed"));
        Map<String, Object> settings = new HashMap<>(given);
        settings.putIfAbsent(ConnectionKeys.TENANT, scope.homeTenant());
        validate(scope, type, withPartnerSettings(scope, settings), null, true);
        String tenant = String.valueOf(settings.get(ConnectionKeys.TENANT));
        try {
            Configuration config = configAdmin.getFactoryConfiguration(type.info().factoryPid(),
                    tenant + "-" + UUID.randomUUID().toString().substring(0, 8), "?");
            config.update(ConfigValues.toDictionary(encryptSecrets(settings, type.ocd())));
            engine.refresh();
            awaitConnector(config.getPid());
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
        Map<String, Object> merged = ConfigValues.toMap(config.getProperties());
        Set<String> secrets = SettingsCheck.passwords(type.ocd());
        given.forEach((k, v) -> {
            if (!(secrets.contains(k) && (v == null || v.toString().isEmpty()))) {
                merged.put(k, v); // an empty secret keeps the stored one
            }
        });
        Map<String, Object> plain = new HashMap<>(merged);
        secrets.forEach(k -> plain.computeIfPresent(k, (key, v) -> engine.secrets().decrypt(v.toString())));
        validate(scope, type, withPartnerSettings(scope, plain), connectionId, false);
        try {
            config.update(ConfigValues.toDictionary(encryptSecrets(plain, type.ocd())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the connection", e);
        }
        engine.refresh();
        awaitConnector(connectionId); // DS restarts the connector's component with the new settings
        return transfers.connection(scope, connectionId).orElseThrow();
    }

    /**
     * Waits briefly for the connector's component of a new or changed connection to (re)start, so that a connection
     * test right after saving reaches the connector and the answer shows no passing "connector missing"; returns
     * anyway after the wait (the status then says why).
     */
    private void awaitConnector(String connectionId) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (engine.connector(connectionId) == null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * For a client's connection, its settings laid over its partner connection's (secrets decrypted), as the engine
     * will run it; other connections' settings unchanged. An unknown partner connection is left to the checks.
     */
    private Map<String, Object> withPartnerSettings(Scope scope, Map<String, Object> settings) {
        Object partnerId = settings.get(ConnectionKeys.PARTNER_CONNECTION);
        if (partnerId == null || partnerId.toString().isBlank()
                || transfers.connection(scope, partnerId.toString()).isEmpty()) {
            return settings;
        }
        Configuration partner = configuration(scope, partnerId.toString());
        String connectorId = partner.getFactoryPid().substring(ConnectorInfo.PID_PREFIX.length());
        Map<String, Object> merged = ConfigValues.toMap(partner.getProperties());
        merged.keySet().removeIf(k -> k.startsWith("service.") || k.startsWith("felix.") || k.equals(ConnectionKeys.NAME));
        installed.find(connectorId).ifPresent(t -> SettingsCheck.passwords(t.ocd()).forEach(k ->
                merged.computeIfPresent(k, (key, v) -> engine.secrets().decrypt(v.toString()))));
        settings.forEach((k, v) -> {
            if (v != null && !v.toString().isBlank()) {
                merged.put(k, v);
            }
        });
        return merged;
    }

    private void validate(Scope scope, InstalledConnectors.Installed type, Map<String, Object> settings, String selfId,
                          boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> own = new HashMap<>(settings);
        own.keySet().removeIf(k -> k.startsWith("service.") || k.startsWith("felix.") || k.startsWith("component."));
        errors.addAll(ConnectionParser.parse("new", type.info().factoryPid(), own).problems());
        Object tenant = own.get(ConnectionKeys.TENANT);
        if (tenant != null && (!scope.allows(tenant.toString())
                || !engine.db().inTransaction(c -> TenantStore.exists(c, tenant.toString())))) {
            errors.add(new FieldError(ConnectionKeys.TENANT, "tenant '" + tenant + "' not found"));
        }
        Object importTenant = own.get(ConnectionKeys.IMPORT_TENANT);
        if (importTenant != null && !importTenant.toString().isBlank() && (!scope.allows(importTenant.toString())
                || !engine.db().inTransaction(c -> TenantStore.exists(c, importTenant.toString())))) {
            errors.add(new FieldError(ConnectionKeys.IMPORT_TENANT, "tenant '" + importTenant + "' not found"));
        }
        Object name = own.get(ConnectionKeys.NAME);
        if (name != null && engine.connections().all().stream().anyMatch(c -> !c.id().equals(selfId)
                && c.connectorId().equals(type.info().id()) && name.toString().equals(c.name())
                && tenant != null && tenant.toString().equals(c.tenantId()))) {
            errors.add(new FieldError(ConnectionKeys.NAME, "is already used by another " + type.info().displayName()
                    + " connection of this tenant"));
        }
        errors.addAll(SettingsCheck.check(type.ocd(), own, COMMON, creating));
        errors.addAll(type.type().validate(own));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private Map<String, Object> encryptSecrets(Map<String, Object> settings, ObjectClassDefinition ocd) {
        Map<String, Object> out = new HashMap<>(settings);
        for (String key : SettingsCheck.passwords(ocd)) {
            out.computeIfPresent(key, (k, v) -> engine.secrets().encrypt(v.toString()));
        }
        return out;
    }

    @Override
    public Map<String, Object> settings(Scope scope, String connectionId) {
        Configuration config = configuration(scope, connectionId);
        Map<String, Object> out = ConfigValues.toMap(config.getProperties());
        out.keySet().removeIf(k -> k.startsWith("service.") || k.startsWith("felix."));
        out.values().removeIf(v -> v != null && io.ledgerbridge.engine.internal.connections.SecretBox.isEncrypted(v.toString()));
        return out;
    }

    @Override
    public Set<String> storedSecrets(Scope scope, String connectionId) {
        Map<String, Object> props = ConfigValues.toMap(configuration(scope, connectionId).getProperties());
        Set<String> out = new java.util.TreeSet<>();
        props.forEach((k, v) -> {
            if (v != null && io.ledgerbridge.engine.internal.connections.SecretBox.isEncrypted(v.toString())) {
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
        engine.refresh();
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
