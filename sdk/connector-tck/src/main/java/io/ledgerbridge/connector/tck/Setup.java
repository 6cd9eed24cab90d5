package io.ledgerbridge.connector.tck;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * One connection as a scenario of the TCK sets it up: a working connection's settings and secrets, which a
 * subclass's hook changes (e.g. a wrong token), or declares not applicable with a reason.
 */
public final class Setup {
    private final String connectorId;
    private final String scenario;
    private final Map<String, Object> settings;
    private final Map<String, String> secrets;

    Setup(String connectorId, String scenario, Map<String, Object> settings, Map<String, String> secrets) {
        this.connectorId = connectorId;
        this.scenario = scenario;
        this.settings = new LinkedHashMap<>(settings);
        this.secrets = new LinkedHashMap<>(secrets);
    }

    /** @return the connection's own settings, mutable */
    public Map<String, Object> settings() {
        return settings;
    }

    /** @return the connection's decrypted secrets, mutable */
    public Map<String, String> secrets() {
        return secrets;
    }

    /**
     * @param key a setting id of the connector's OCD
     * @param value its value
     * @return this setup
     */
    public Setup setting(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    /**
     * @param attribute a PASSWORD attribute id
     * @param value its decrypted value; null for none
     * @return this setup
     */
    public Setup secret(String attribute, String value) {
        secrets.put(attribute, value);
        return this;
    }

    /**
     * Declares the scenario meaningless for this target (e.g. a webhook endpoint has no permissions): the check is
     * reported as skipped with the reason, never passed silently.
     *
     * @param reason why it does not apply, shown in the test report
     */
    public void notApplicable(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why " + scenario + " does not apply");
        }
        Assumptions.abort(connectorId + ": " + scenario + " does not apply: " + reason);
    }

    String scenario() {
        return scenario;
    }
}
