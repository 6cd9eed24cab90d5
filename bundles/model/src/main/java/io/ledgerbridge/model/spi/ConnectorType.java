package io.ledgerbridge.model.spi;

import io.ledgerbridge.model.FieldError;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A connector as installed, before any connection exists: registered once by each connector bundle, so the
 * platform can list installed connectors and check a connection's settings before storing them.
 */
@ConsumerType
public interface ConnectorType {

    /** Who the connector is and what it can do. */
    ConnectorInfo describe();

    /**
     * Checks the connector's own settings beyond what its Metatype definition says (formats, combinations), naming
     * each wrong setting. Secrets arrive in plain text here and must not be logged.
     */
    default List<FieldError> validate(Map<String, Object> settings) {
        return List.of();
    }

    /**
     * How the connector's own settings are shown beside the {@link CommonSetting common ones} (advanced, export or
     * import only) and which events send a document by default.
     */
    default SettingsLayout settingsLayout() {
        return SettingsLayout.DEFAULT;
    }

    /**
     * Exchanges credentials a partner entered for what the connection keeps, after the settings passed
     * {@link #validate} and before they are stored: e.g. a login for an API token, so that only the token is stored
     * (encrypted, as every PASSWORD setting) and the password nowhere. Called when a connection is created or
     * changed, with its complete settings (secrets in plain text); returns the settings to store. The default keeps
     * them as they are.
     *
     * @throws io.ledgerbridge.model.service.ValidationException naming the field when the target refuses the
     *     credentials or cannot be reached; nothing is stored then
     */
    default Map<String, Object> exchangeCredentials(Map<String, Object> settings) {
        return settings;
    }
}
