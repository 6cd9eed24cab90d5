package io.ledgerbridge.connector.onecockpit.internal;

import static org.osgi.service.component.annotations.ConfigurationPolicy.REQUIRE;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;
import java.time.Duration;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One OneCockpit connection. Exports create the document in OneCockpit; after an uncertain attempt
 * it is looked up by its external id first, so nothing is created twice. Client failures become typed outcomes
 * here, in one place per call.
 */
@Component(service = Connector.class, configurationPid = OneCockpitType.PID, configurationPolicy = REQUIRE)
@Designate(ocd = OneCockpitConfig.class, factory = true)
public class OneCockpitConnector implements Connector {
    private final OneCockpitConfig config;
    private final HttpJson http;

    @Activate
    public OneCockpitConnector(OneCockpitConfig config) {
        this.config = config;
        this.http = HttpJson.create(HttpSettings.builder(OneCockpitType.ID)
                .responseTimeout(Duration.ofSeconds(config.timeoutSeconds()))
                .build());
    }

    @Deactivate
    void deactivate() {
        http.close();
    }

    @Override
    public ConnectorInfo describe() {
        return OneCockpitType.info();
    }

    @Override
    public TestResult test(ConnectionContext context) {
        try {
            OneCockpitClient client = client(context);
            String account = client.account().name();
            client.find("ledgerbridge-connection-test"); // proves the token may read documents
            return TestResult.success("Connected to OneCockpit" + (account == null ? "" : " as " + account));
        } catch (ConnectorException e) {
            return e.toTestResult();
        }
    }

    @Override
    public Outcome export(ConnectionContext context, ExportRequest request) {
        String externalId = request.document().id();
        try {
            OneCockpitClient client = client(context);
            if (request.afterUncertainAttempt()) {
                Optional<String> existing = client.find(externalId);
                if (existing.isPresent()) {
                    return Outcome.delivered(existing.get());
                }
            }
            String id = client.create(OneCockpitMapper.document(request.document()), request.idempotencyKey());
            return Outcome.delivered(id);
        } catch (ConnectorException e) {
            return e.toOutcome();
        }
    }

    /** A client with this call's decrypted token. */
    private OneCockpitClient client(ConnectionContext context) throws ConnectorException {
        String token = context.secret("apiToken").orElse("");
        if (token.isBlank()) {
            throw new ConnectorException(Kind.CONFIGURATION, OneCockpitErrors.NO_TOKEN);
        }
        if (!OneCockpitType.validUrl(config.baseUrl())) {
            throw new ConnectorException(Kind.CONFIGURATION, OneCockpitErrors.NOT_A_URL);
        }
        return new OneCockpitClient(http, config.baseUrl(), token);
    }
}
