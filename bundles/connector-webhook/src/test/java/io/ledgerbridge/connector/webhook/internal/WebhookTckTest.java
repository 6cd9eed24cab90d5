package io.ledgerbridge.connector.webhook.internal;

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

/** The connector TCK for the webhook connector, against a local endpoint that checks signatures. */
class WebhookTckTest extends ConnectorTck {
    private static final String SECRET = "whsec-tck-7f3a9c2e41";
    private static WebhookEndpoint endpoint;

    @BeforeAll
    static void startEndpoint() {
        endpoint = new WebhookEndpoint(SECRET);
    }

    @AfterAll
    static void stopEndpoint() {
        endpoint.close();
    }

    @Override
    protected String targetUrl() {
        return endpoint.url();
    }

    @Override
    protected void resetTarget() {
        endpoint.reset();
    }

    @Override
    protected Map<String, Object> settings(String baseUrl) {
        return new HashMap<>(Map.of("url", baseUrl));
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of("signingSecret", SECRET);
    }

    @Override
    protected Connector connector(Map<String, Object> settings, Duration callTimeout) {
        Map<String, Object> withTimeout = new HashMap<>(settings);
        withTimeout.put("timeoutSeconds", Math.max(1, callTimeout.toSeconds()));
        return new WebhookConnector(Configs.of(WebhookConfig.class, withTimeout));
    }

    @Override
    protected long timesCreated(Document document) {
        return endpoint.deliveriesOf(document.number());
    }

    @Override
    protected void badCredentials(Setup setup) {
        endpoint.refuseWith(401); // the endpoint's own access rules refuse Ledgerbridge
    }

    @Override
    protected void missingPermission(Setup setup) {
        setup.notApplicable("a webhook endpoint has no permissions of its own; it accepts a caller or refuses it");
    }

    @Override
    protected void wrongSettings(Setup setup) {
        setup.setting("url", "erp.example.com/hooks/ledgerbridge"); // no scheme: not an http(s) URL
    }

    @Override
    protected ErrorReply validationError() {
        return ErrorReply.json(422, "{\"message\":\"invoice number already booked\"}", "invoice number already booked")
                .onPath(WebhookEndpoint.PATH);
    }

    @Override
    protected Set<String> targetThreadPrefixes() {
        return Set.of(WebhookEndpoint.THREADS);
    }
}
