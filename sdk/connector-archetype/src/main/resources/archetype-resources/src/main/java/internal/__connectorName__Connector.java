package ${package}.internal;

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
 * One ${connectorName} connection. Exports create the document in ${connectorName}; after an uncertain attempt
 * it is looked up by its external id first, so nothing is created twice. Client failures become typed outcomes
 * here, in one place per call.
 */
@Component(service = Connector.class, configurationPid = ${connectorName}Type.PID, configurationPolicy = REQUIRE)
@Designate(ocd = ${connectorName}Config.class, factory = true)
public class ${connectorName}Connector implements Connector {
    private final ${connectorName}Config config;
    private final HttpJson http;

    @Activate
    public ${connectorName}Connector(${connectorName}Config config) {
        this.config = config;
        this.http = HttpJson.create(HttpSettings.builder(${connectorName}Type.ID)
                .responseTimeout(Duration.ofSeconds(config.timeoutSeconds()))
                .build());
    }

    @Deactivate
    void deactivate() {
        http.close();
    }

    @Override
    public ConnectorInfo describe() {
        return ${connectorName}Type.info();
    }

    @Override
    public TestResult test(ConnectionContext context) {
        try {
            ${connectorName}Client client = client(context);
            String account = client.account().name();
            client.find("ledgerbridge-connection-test"); // proves the token may read documents
            return TestResult.success("Connected to ${connectorName}" + (account == null ? "" : " as " + account));
        } catch (ConnectorException e) {
            return e.toTestResult();
        }
    }

    @Override
    public Outcome export(ConnectionContext context, ExportRequest request) {
        String externalId = request.document().id();
        try {
            ${connectorName}Client client = client(context);
            if (request.afterUncertainAttempt()) {
                Optional<String> existing = client.find(externalId);
                if (existing.isPresent()) {
                    return Outcome.delivered(existing.get());
                }
            }
            String id = client.create(${connectorName}Mapper.document(request.document()), request.idempotencyKey());
            return Outcome.delivered(id);
        } catch (ConnectorException e) {
            return e.toOutcome();
        }
    }

    /** A client with this call's decrypted token. */
    private ${connectorName}Client client(ConnectionContext context) throws ConnectorException {
        String token = context.secret("apiToken").orElse("");
        if (token.isBlank()) {
            throw new ConnectorException(Kind.CONFIGURATION, ${connectorName}Errors.NO_TOKEN);
        }
        if (!${connectorName}Type.validUrl(config.baseUrl())) {
            throw new ConnectorException(Kind.CONFIGURATION, ${connectorName}Errors.NOT_A_URL);
        }
        return new ${connectorName}Client(http, config.baseUrl(), token);
    }
}
