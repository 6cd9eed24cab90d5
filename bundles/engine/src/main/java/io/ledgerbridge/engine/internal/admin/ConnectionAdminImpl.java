package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.engine.internal.connections.ConfigValues;
import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.ConnectionKeys;
import io.ledgerbridge.engine.internal.connections.ConnectionSource;
import io.ledgerbridge.engine.internal.connections.Connections;
import io.ledgerbridge.engine.internal.connections.ConnectorIndex;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.tenants.TenantStore;
import io.ledgerbridge.engine.internal.transfer.EngineConnectionContext;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.ClientAddition;
import io.ledgerbridge.model.service.ClientRequest;
import io.ledgerbridge.model.service.ConnectionAdmin;
import io.ledgerbridge.model.service.ConnectionView;
import io.ledgerbridge.model.service.ConnectorForm;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.SettingOrigin;
import io.ledgerbridge.model.service.Tenant;
import io.ledgerbridge.model.service.TransferService;
import io.ledgerbridge.model.service.ValidationException;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Connections written to ConfigAdmin after checking every setting; secrets encrypted, never read back. */
@Component(service = ConnectionAdmin.class)
public class ConnectionAdminImpl implements ConnectionAdmin {
    /** How long a change waits for the connector's component to (re)start. */
    private static final Duration CONNECTOR_START = Duration.ofSeconds(5);

    private final ConfigurationAdmin configAdmin;
    private final TransferService transfers;
    private final InstalledConnectors installed;
    private final Database db;
    private final Connections connections;
    private final ConnectionSource source;
    private final ConnectorIndex connectors;
    private final ConnectionConfigs configs;
    private final SecretBox secrets;
    private final ConnectionValidation validation;

    /**
     * @param connections the connections in force (names are unique per connector and tenant)
     * @param source read again after each change, so that the change is in force when a call returns
     * @param connectors to wait for the connector's component of a new or changed connection
     */
    @Activate
    public ConnectionAdminImpl(
            @Reference ConfigurationAdmin configAdmin,
            @Reference TransferService transfers,
            @Reference InstalledConnectors installed,
            @Reference Database db,
            @Reference Connections connections,
            @Reference ConnectionSource source,
            @Reference ConnectorIndex connectors,
            @Reference SecretBox secrets) {
        this.configAdmin = configAdmin;
        this.transfers = transfers;
        this.installed = installed;
        this.db = db;
        this.connections = connections;
        this.source = source;
        this.connectors = connectors;
        this.configs = new ConnectionConfigs(configAdmin, secrets);
        this.secrets = secrets;
        this.validation = new ConnectionValidation(db, connections);
    }

    @Override
    public ConnectionView create(Scope scope, String connectorId, Map<String, Object> given) {
        InstalledConnectors.Installed type = installed
                .find(connectorId)
                .orElseThrow(() -> new NotFoundException("connector '" + connectorId + "' is not installed"));
        Map<String, Object> own = new HashMap<>(given);
        own.putIfAbsent(ConnectionKeys.TENANT, scope.homeTenant());
        Map<String, Object> settings = ClientSettings.isClient(own)
                ? ClientSettings.apply(partnerSettings(scope, own, type), Map.of(), own, passwords(type))
                        .settings()
                : CommonDefaults.applied(own, type.type().settingsLayout());
        validation.check(scope, type, settings, null, true);
        settings = type.type().exchangeCredentials(settings);
        String tenant = String.valueOf(settings.get(ConnectionKeys.TENANT));
        try {
            Configuration config = configAdmin.getFactoryConfiguration(
                    type.info().factoryPid(),
                    tenant + "-" + UUID.randomUUID().toString().substring(0, 8),
                    "?");
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
        InstalledConnectors.Installed type = installed
                .find(connectorId)
                .orElseThrow(() -> new NotFoundException("connector '" + connectorId + "' is not installed; "
                        + "its connections can be changed once it is"));
        Map<String, Object> stored = configs.plain(config, passwords(type));
        Map<String, Object> plain = ClientSettings.changed(stored, given, passwords(type));
        if (ClientSettings.isClient(plain)) {
            plain = ClientSettings.apply(partnerSettings(scope, plain, type), stored, given, passwords(type))
                    .settings();
        }
        validation.check(scope, type, plain, connectionId, false);
        plain = type.type().exchangeCredentials(plain);
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
    private Map<String, Object> partnerSettings(
            Scope scope, Map<String, Object> client, InstalledConnectors.Installed type) {
        String partnerId = client.get(ConnectionKeys.PARTNER_CONNECTION).toString();
        Map<String, Object> partner = transfers
                .connection(scope, partnerId)
                .map(v -> configs.plain(configuration(scope, partnerId), passwords(type)))
                .orElse(null);
        if (partner == null
                || !type.info()
                        .id()
                        .equals(transfers.connection(scope, partnerId).get().connectorId())
                || ClientSettings.isClient(partner)) {
            throw new ValidationException(List.of(new FieldError(
                    ConnectionKeys.PARTNER_CONNECTION,
                    "must be a partner connection of the same connector ('" + partnerId + "' is not)")));
        }
        return partner;
    }

    /** Passes a partner connection's changed settings on to its clients' connections, keeping their own values. */
    private void passOnToClients(String partnerId, Map<String, Object> partner, InstalledConnectors.Installed type) {
        for (Configuration client : configs.clientsOf(partnerId)) {
            Map<String, Object> stored = configs.plain(client, passwords(type));
            store(
                    client,
                    ClientSettings.apply(partner, stored, Map.of(), passwords(type))
                            .settings(),
                    type);
        }
    }

    private void store(Configuration config, Map<String, Object> plain, InstalledConnectors.Installed type) {
        configs.store(config, plain, passwords(type));
    }

    private static Set<String> passwords(InstalledConnectors.Installed type) {
        return SettingsCheck.passwords(type.ocd());
    }

    @Override
    public Map<String, Object> settings(Scope scope, String connectionId) {
        return ConnectionConfigs.withoutSecrets(configuration(scope, connectionId));
    }

    @Override
    public Set<String> storedSecrets(Scope scope, String connectionId) {
        return ConnectionConfigs.storedSecrets(configuration(scope, connectionId));
    }

    @Override
    public Map<String, SettingOrigin> origins(Scope scope, String connectionId) {
        return ClientSettings.origins(
                ConfigValues.toMap(configuration(scope, connectionId).getProperties()));
    }

    @Override
    public List<ConnectorForm> forms() {
        return installed.all().stream()
                .map(ConnectorForms::of)
                .sorted(java.util.Comparator.comparing(ConnectorForm::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public Optional<ConnectorForm> form(String connectorId) {
        return installed.find(connectorId).map(ConnectorForms::of);
    }

    @Override
    public List<ClientAddition> addClients(
            Scope scope, String partnerConnectionId, List<ClientRequest> clients, boolean dryRun) {
        ConnectionView partner = transfers
                .connection(scope, partnerConnectionId)
                .orElseThrow(() -> new NotFoundException("connection '" + partnerConnectionId + "' not found"));
        if (partner.partnerConnectionId() != null) {
            throw new ValidationException(List.of(new FieldError(
                    ConnectionKeys.PARTNER_CONNECTION,
                    "'" + partner.name() + "' is a client's connection: add clients from the partner's own")));
        }
        InstalledConnectors.Installed type = installed
                .find(partner.connectorId())
                .orElseThrow(() -> new ValidationException(List.of(new FieldError(
                        "connectorId",
                        "the " + partner.connectorId() + " connector is not installed; clients can be added once "
                                + "your administrator installs it"))));
        Map<String, Object> partnerSettings = configs.plain(configuration(scope, partnerConnectionId), passwords(type));
        List<Tenant> partnersClients = db.inTransaction(TenantStore::all).stream()
                .filter(t -> partner.tenantId().equals(t.parentId()) && scope.allows(t.id()))
                .toList();
        Set<String> integrated = connections.all().stream()
                .filter(c -> partnerConnectionId.equals(c.partnerConnectionId()))
                .map(Connection::tenantId)
                .collect(Collectors.toSet());
        ClientBatch.Steps steps = new ClientBatch.Steps() {
            @Override
            public Map<String, Object> clientSettings(Map<String, Object> own) {
                Map<String, Object> settings = ClientSettings.apply(partnerSettings, Map.of(), own, passwords(type))
                        .settings();
                validation.check(scope, type, settings, null, true);
                return settings;
            }

            @Override
            public List<TestResult> check(List<Map<String, Object>> settings) {
                return checkClients(partnerConnectionId, settings);
            }

            @Override
            public String create(Map<String, Object> own) {
                return ConnectionAdminImpl.this
                        .create(scope, partner.connectorId(), own)
                        .id();
            }
        };
        return new ClientBatch(partnerConnectionId, partner.name(), partnersClients, integrated, passwords(type), steps)
                .run(clients, dryRun);
    }

    /** The partner connection's connector checks the clients' settings; null when it is not running. */
    private List<TestResult> checkClients(String partnerConnectionId, List<Map<String, Object>> settings) {
        Connector connector = connectors.connector(partnerConnectionId);
        Optional<Connection> partner = connections.get(partnerConnectionId);
        if (connector == null || partner.isEmpty()) {
            return null;
        }
        return connector.checkClients(new EngineConnectionContext(partner.get(), secrets, db), settings);
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
        transfers
                .connection(scope, connectionId)
                .orElseThrow(() -> new NotFoundException("connection '" + connectionId + "' not found"));
        return configs.get(connectionId);
    }
}
