package io.ledgerbridge.engine.internal.core;

import io.ledgerbridge.engine.internal.connections.ConfigValues;
import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.ConnectionParser;
import io.ledgerbridge.engine.internal.connections.ConnectionSource;
import io.ledgerbridge.engine.internal.connections.Connections;
import io.ledgerbridge.engine.internal.connections.ConnectorIndex;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.transfer.DeliveryEngine;
import io.ledgerbridge.engine.internal.transfer.DeliverySettings;
import io.ledgerbridge.engine.internal.transfer.Router;
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
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
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
 * Runs the {@link Engine} in the container: reads connections from ConfigAdmin (every factory configuration of
 * {@code io.ledgerbridge.connector.*}, whether its connector is installed or not), tracks the installed connectors
 * as whiteboard services, and registers the engine's parts (connections in force, router, delivery, secrets,
 * connector index) as bundle-internal services for the components that use them.
 */
@Component(
        service = {ConfigurationListener.class, ConnectionSource.class},
        immediate = true,
        configurationPid = "io.ledgerbridge.delivery",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = EngineComponent.Config.class)
public class EngineComponent implements ConfigurationListener, ConnectionSource {
    private static final Logger LOG = LoggerFactory.getLogger(EngineComponent.class);
    private static final String CONNECTIONS_FILTER = "(service.factoryPid=" + ConnectorInfo.PID_PREFIX + "*)";

    @ObjectClassDefinition(name = "Ledgerbridge delivery", description = "How the engine delivers documents.")
    public @interface Config {
        @AttributeDefinition(
                name = "Worker threads",
                description = "Connector calls running at once, over all connections.")
        int workers() default 8;

        @AttributeDefinition(
                name = "Attempts",
                description = "Attempts of a transfer before a retryable failure is final.")
        int maxAttempts() default 10;

        @AttributeDefinition(
                name = "Lease (seconds)",
                description = "After a crash, interrupted transfers are retried after this time.")
        int leaseSeconds() default 60;

        @AttributeDefinition(name = "First retry delay (ms)")
        int backoffBaseMillis() default 2000;

        @AttributeDefinition(name = "Longest retry delay (seconds)")
        int backoffCapSeconds() default 600;
    }

    private final ConnectorIndex index = new ConnectorIndex();
    private final OsgiEvents events = new OsgiEvents();
    private final ConfigurationAdmin configAdmin;
    private final Engine engine;
    private final List<ServiceRegistration<?>> parts = new ArrayList<>();
    private final ExecutorService reloads = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledgerbridge-connections");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public EngineComponent(
            BundleContext context, @Reference Database db, @Reference ConfigurationAdmin configAdmin, Config config) {
        this.configAdmin = configAdmin;
        SecretBox secrets = secretBox();
        this.engine = new Engine(db, secrets, index, settings(config), Clock.systemUTC(), events);
        reload();
        engine.start();
        register(context, Connections.class, engine.connections());
        register(context, Router.class, engine.router());
        register(context, DeliveryEngine.class, engine.delivery());
        register(context, SecretBox.class, secrets);
        register(context, ConnectorIndex.class, index);
    }

    private <T> void register(BundleContext context, Class<T> type, T part) {
        parts.add(context.registerService(type, part, null));
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
        return new DeliverySettings(
                c.workers(),
                c.maxAttempts(),
                Duration.ofSeconds(c.leaseSeconds()),
                DeliverySettings.DEFAULT.poll(),
                Duration.ofMillis(c.backoffBaseMillis()),
                Duration.ofSeconds(c.backoffCapSeconds()));
    }

    @Reference(
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            updated = "updatedConnector")
    void bindConnector(Connector connector, Map<String, Object> props) {
        String pid = (String) props.get("service.pid");
        if (pid != null) {
            index.put(pid, connector);
            engine.delivery().resetGate(pid);
            engine.delivery().wake();
        }
    }

    void updatedConnector(Connector connector, Map<String, Object> props) {
        String pid = (String) props.get("service.pid");
        if (pid != null) {
            index.updated(pid);
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
            reloads.execute(this::reload);
        }
    }

    @Override
    public synchronized void reload() {
        try {
            Configuration[] configs = configAdmin.listConfigurations(CONNECTIONS_FILTER);
            List<Connection> parsed = new ArrayList<>();
            for (Configuration c : configs == null ? new Configuration[0] : configs) {
                parsed.add(
                        ConnectionParser.parse(c.getPid(), c.getFactoryPid(), ConfigValues.toMap(c.getProperties())));
            }
            engine.reloadConnections(parsed);
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            LOG.error("Cannot read the connections from ConfigAdmin: {}", e.toString());
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        for (ServiceRegistration<?> part : parts) {
            try {
                part.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping: the framework unregistered it already
            }
        }
        reloads.shutdownNow();
        engine.close();
    }
}
