package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.tck.Configs;
import io.ledgerbridge.connector.tck.ConnectorTck;
import io.ledgerbridge.connector.tck.ErrorReply;
import io.ledgerbridge.connector.tck.Setup;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.Connector;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The connector TCK for the OneCockpit connector, against {@link OneCockpitSimulator}. */
class OneCockpitTckTest extends ConnectorTck {
    private static OneCockpitSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = OneCockpitSimulator.start();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Override
    protected String targetUrl() {
        return simulator.baseUrl();
    }

    @Override
    protected void resetTarget() {
        simulator.reset();
    }

    @Override
    protected Map<String, Object> settings(String baseUrl) {
        return new HashMap<>(Map.of("baseUrl", baseUrl));
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of("apiToken", OneCockpitSimulator.TOKEN);
    }

    @Override
    protected Connector connector(Map<String, Object> settings, Duration callTimeout) {
        Map<String, Object> withTimeout = new HashMap<>(settings);
        withTimeout.put("timeoutSeconds", Math.max(1, callTimeout.toSeconds()));
        return new OneCockpitConnector(Configs.of(OneCockpitConfig.class, withTimeout));
    }

    @Override
    protected long timesCreated(Document document) {
        return simulator.timesCreated(document.id());
    }

    @Override
    protected void badCredentials(Setup setup) {
        setup.secret("apiToken", "onecockpit-revoked-token-000000");
    }

    @Override
    protected void missingPermission(Setup setup) {
        setup.secret("apiToken", OneCockpitSimulator.TOKEN_WITHOUT_RIGHTS);
    }

    @Override
    protected void wrongSettings(Setup setup) {
        setup.setting("baseUrl", setup.settings().get("baseUrl") + "/v0"); // a path where there is no API
    }

    @Override
    protected ErrorReply validationError() {
        String message = "number must not be longer than 20 characters";
        return ErrorReply.json(422, OneCockpitSimulator.validationReply("number", message), message)
                .onPath("/documents");
    }

    @Override
    protected Set<String> targetThreadPrefixes() {
        return Set.of(OneCockpitSimulator.THREADS);
    }
}
