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
}
