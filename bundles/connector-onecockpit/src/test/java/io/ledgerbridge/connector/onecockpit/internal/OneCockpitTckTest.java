package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.tck.Configs;
import io.ledgerbridge.connector.tck.ConnectorTck;
import io.ledgerbridge.connector.tck.ErrorReply;
import io.ledgerbridge.connector.tck.Setup;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.sandbox.OneCockpitSimulator;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The connector TCK for OneCockpit, against the sandbox's simulator of the assumed OneCockpit API, with an API token
 * of its own that appears nowhere else (a connection keeps only the token it got when the partner authenticated).
 */
class OneCockpitTckTest extends ConnectorTck {
    private static final String USER = "tck@onecockpit.test";
    private static final String TOKEN = "tck-token-0f3e9a";
    private static OneCockpitSimulator onecockpit;

    @BeforeAll
    static void startSimulator() {
        onecockpit = OneCockpitSimulator.builder().requestsPerSecond(1000).start();
    }

    @AfterAll
    static void stopSimulator() {
        onecockpit.close();
    }

    @Override
    protected String targetUrl() {
        return onecockpit.baseUrl();
    }

    @Override
    protected void resetTarget() {
        onecockpit.control().reset();
        onecockpit.addApiKey(TOKEN);
    }

    @Override
    protected Map<String, Object> settings(String baseUrl) {
        return new HashMap<>(Map.of(
                OneCockpitType.USER,
                USER,
                OneCockpitType.API_TOKEN,
                "ENC(v1:stored-encrypted)",
                OneCockpitType.BASE_URL,
                baseUrl));
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of(OneCockpitType.API_TOKEN, TOKEN);
    }

    @Override
    protected Connector connector(Map<String, Object> settings, Duration callTimeout) {
        return new OneCockpitConnector(
                Configs.of(OneCockpitConfig.class, settings),
                HttpSettings.builder(OneCockpitType.ID)
                        .responseTimeout(callTimeout)
                        .build());
    }

    /** The invoice by its number, and its customer by e-mail (each TCK invoice has a customer of its own). */
    @Override
    protected long timesCreated(Document document) {
        String email = document.party().email().toLowerCase(Locale.ROOT);
        return Math.max(
                onecockpit.control().createCount(OneCockpitSimulator.INVOICE_NUMBER, document.number()),
                onecockpit.control().createCount(OneCockpitSimulator.CUSTOMER_EMAIL, email));
    }

    @Override
    protected void badCredentials(Setup setup) {
        setup.secret(OneCockpitType.API_TOKEN, "not-the-token-of-the-TCK");
    }

    @Override
    protected void missingPermission(Setup setup) {
        setup.notApplicable("the assumed OneCockpit API has no permissions: a OneCockpit login may do everything "
                + "its account may");
    }

    @Override
    protected void wrongSettings(Setup setup) {
        setup.setting(OneCockpitType.BASE_URL, setup.settings().get(OneCockpitType.BASE_URL) + "/v0");
    }

    @Override
    protected ErrorReply validationError() {
        String message = "currency must be an ISO 4217 code";
        return ErrorReply.json(
                        422,
                        "{\"error\":{\"code\":\"validation_failed\",\"message\":\"" + message
                                + "\",\"field\":\"currency\"}}",
                        message)
                .onPath(OneCockpitClient.INVOICES_PATH);
    }
}
