package io.ledgerbridge.engine.internal.core;

import io.ledgerbridge.engine.internal.admin.ConfigValues;
import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.ConnectionParser;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.transfer.DeliverySettings;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the engine in the container: reads connections from ConfigAdmin (every factory configuration of
 * {@code io.ledgerbridge.connector.*}, whether its connector is installed or not), tracks the installed connectors
 * as whiteboard services, and starts delivery.
 */
@Component(service = {Engine.class, ConfigurationListener.class}, immediate = true,
        configurationPid = "io.ledgerbridge.delivery", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = EngineComponent.Config.class)
public class EngineComponent extends Engine implements ConfigurationListener {
    private static final Logger LOG = LoggerFactory.getLogger(EngineComponent.class);
    private static final String CONNECTIONS_FILTER = "(service.factoryPid=" + ConnectorInfo.PID_PREFIX + "*)";

    @ObjectClassDefinition(name = "Ledgerbridge delivery", description = "How the engine delivers documents.")
    public @interface Config {
        @AttributeDefinition(name = "Worker threads", description = "Connector calls running at once, over all connections.")
        int workers() default 8;

        @AttributeDefinition(name = "Attempts", description = "Attempts of a transfer before a retryable failure is final.")
        int maxAttempts() default 10;

        @AttributeDefinition(name = "Lease (seconds)", description = "After a crash, interrupted transfers are retried after this time.")
        int leaseSeconds() default 60;

        @AttributeDefinition(name = "First retry delay (ms)")
        int backoffBaseMillis() default 2000;

        @AttributeDefinition(name = "Longest retry delay (seconds)")
        int backoffCapSeconds() default 600;
    }

    private final ConnectorIndex index;
    private final OsgiEvents events;
    private final ConfigurationAdmin configAdmin;
    private final ExecutorService reloads = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledgerbridge-connections");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public EngineComponent(@Reference Database db, @Reference ConfigurationAdmin configAdmin, Config config) {
        this(db, configAdmin, config, new ConnectorIndex(), new OsgiEvents());
    }

    private EngineComponent(Database db, ConfigurationAdmin configAdmin, Config config, ConnectorIndex index,
                            OsgiEvents events) {
        super(db, secretBox(), index, settings(config), Clock.systemUTC(), events);
        this.index = index;
        this.events = events;
        this.configAdmin = configAdmin;
        reloadFromConfigAdmin();
        start();
    }

    private static SecretBox secretBox() {
        String base = System.getProperty("karaf.base", ".");
        Path keyFile = Path.of(System.getProperty("ledgerbridge.secrets.key", base + "/secrets/ledgerbridge.key"));
        try {
            return new SecretBox(keyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secrets key " + keyFile, e);
        }
    }

    private static DeliverySettings settings(Config c) {
        return new DeliverySettings(c.workers(), c.maxAttempts(), Duration.ofSeconds(c.leaseSeconds()),
                DeliverySettings.DEFAULT.poll(), Duration.ofMillis(c.backoffBaseMillis()),
                Duration.ofSeconds(c.backoffCapSeconds()));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindConnector(Connector connector, Map<String, Object> props) {
        String pid = (String) props.get("service.pid");
        if (pid != null) {
            index.put(pid, connector);
            delivery().resetGate(pid);
            delivery().wake();
        }
    }

    void unbindConnector(Connector connector, Map<String, Object> props) {
        String pid = (String) props.get("service.pid");
        if (pid != null) {
            index.remove(pid, connector);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindEventAdmin(EventAdmin admin) {
        events.set(admin);
    }

    void unbindEventAdmin(EventAdmin admin) {
        events.set(null);
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String factoryPid = event.getFactoryPid();
        if (factoryPid != null && factoryPid.startsWith(ConnectorInfo.PID_PREFIX)) {
            reloads.execute(this::reloadFromConfigAdmin);
        }
    }

    @Override
    public void refresh() {
        reloadFromConfigAdmin();
    }

    private synchronized void reloadFromConfigAdmin() {
        try {
            Configuration[] configs = configAdmin.listConfigurations(CONNECTIONS_FILTER);
            List<Connection> parsed = new ArrayList<>();
            for (Configuration c : configs == null ? new Configuration[0] : configs) {
                parsed.add(ConnectionParser.parse(c.getPid(), c.getFactoryPid(), ConfigValues.toMap(c.getProperties())));
            }
            reloadConnections(parsed);
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            LOG.error("Cannot read the connections from ConfigAdmin: {}", e.toString());
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        reloads.shutdownNow();
        close();
    }
}
