package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.engine.internal.connections.ConfigValues;
import io.ledgerbridge.engine.internal.connections.ConnectionKeys;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.model.service.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** The connections' configurations in ConfigAdmin: read with their secrets decrypted, written with them encrypted. */
final class ConnectionConfigs {
    private final ConfigurationAdmin configAdmin;
    private final SecretBox secrets;

    ConnectionConfigs(ConfigurationAdmin configAdmin, SecretBox secrets) {
        this.configAdmin = configAdmin;
        this.secrets = secrets;
    }

    /** The configuration of a connection (its PID). */
    Configuration get(String connectionId) {
        Configuration[] found = list("(service.pid=" + escaped(connectionId) + ")");
        if (found.length == 0) {
            throw new NotFoundException("connection '" + connectionId + "' not found");
        }
        return found[0];
    }

    /** The configurations of a partner connection's client connections. */
    Configuration[] clientsOf(String partnerId) {
        return list("(" + ConnectionKeys.PARTNER_CONNECTION + "=" + escaped(partnerId) + ")");
    }

    /** The stored settings with their secrets decrypted, framework properties left out. */
    Map<String, Object> plain(Configuration config, Set<String> passwords) {
        Map<String, Object> out = ConfigValues.toMap(config.getProperties());
        out.keySet().removeIf(ConfigValues::isFrameworkProperty);
        passwords.forEach(k -> out.computeIfPresent(k, (key, v) -> secrets.decrypt(v.toString())));
        return out;
    }

    /** Stores the settings (framework properties left out) with their secrets encrypted. */
    void store(Configuration config, Map<String, Object> plain, Set<String> passwords) {
        Map<String, Object> settings = new HashMap<>(plain);
        settings.keySet().removeIf(ConfigValues::isFrameworkProperty);
        passwords.forEach(k -> settings.computeIfPresent(k, (key, v) -> secrets.encrypt(v.toString())));
        try {
            config.update(ConfigValues.toDictionary(settings));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the connection", e);
        }
    }

    /** The stored settings without the secrets and framework properties. */
    static Map<String, Object> withoutSecrets(Configuration config) {
        Map<String, Object> out = ConfigValues.toMap(config.getProperties());
        out.keySet().removeIf(k -> k.startsWith("service.") || k.startsWith("felix."));
        out.values().removeIf(v -> v != null && SecretBox.isEncrypted(v.toString()));
        return out;
    }

    /** The names of the settings that hold a stored secret. */
    static Set<String> storedSecrets(Configuration config) {
        Set<String> out = new TreeSet<>();
        ConfigValues.toMap(config.getProperties()).forEach((k, v) -> {
            if (v != null && SecretBox.isEncrypted(v.toString())) {
                out.add(k);
            }
        });
        return out;
    }

    private Configuration[] list(String filter) {
        try {
            Configuration[] found = configAdmin.listConfigurations(filter);
            return found == null ? new Configuration[0] : found;
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("cannot read the connections' configurations", e);
        }
    }

    private static String escaped(String value) {
        return value.replaceAll("[()*\\\\]", "");
    }
}
