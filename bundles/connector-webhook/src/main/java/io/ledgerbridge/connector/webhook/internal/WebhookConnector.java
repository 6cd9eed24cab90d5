package io.ledgerbridge.connector.webhook.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One webhook connection. Every export is a POST with the transfer's idempotency key; after an uncertain attempt
 * the endpoint is asked first whether it already has the document, so nothing is created twice.
 */
@Component(
        service = Connector.class,
        configurationPid = WebhookType.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = WebhookConfig.class, factory = true)
public class WebhookConnector implements Connector {
    private final HttpJson http;
    private final WebhookClient client;
    private final ConnectorInfo info;

    @Activate
    public WebhookConnector(WebhookConfig config) {
        this.http = HttpJson.create(HttpSettings.builder(WebhookType.ID)
                .responseTimeout(Duration.ofSeconds(config.timeoutSeconds()))
                .build());
        this.client = new WebhookClient(http, config.url());
        this.info = WebhookType.info(WebhookType.budget(config.requestsPerSecond(), config.concurrency()));
    }

    @Deactivate
    void deactivate() {
        http.close();
    }

    @Override
    public ConnectorInfo describe() {
        return info;
    }

    @Override
    public TestResult test(ConnectionContext context) {
        try {
            client.lookup("ledgerbridge-connection-test");
            return TestResult.success("The endpoint answers.");
        } catch (ConnectorException e) {
            return e.toTestResult();
        }
    }

    @Override
    public Outcome export(ConnectionContext context, ExportRequest request) {
        try {
            if (request.afterUncertainAttempt()) {
                Optional<String> existing = client.lookup(request.idempotencyKey());
                if (existing.isPresent()) {
                    return Outcome.delivered(existing.get());
                }
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("idempotencyKey", request.idempotencyKey());
            payload.put("event", request.trigger().name());
            payload.put("document", request.document());
            String id = client.post(
                    request.idempotencyKey(),
                    payload,
                    context.secret("signingSecret").orElse(null));
            return Outcome.delivered(id);
        } catch (ConnectorException e) {
            return e.toOutcome();
        }
    }
}
