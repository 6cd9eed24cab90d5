package io.ledgerbridge.connector.onecockpit.internal;

import static org.osgi.service.component.annotations.ConfigurationPolicy.REQUIRE;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.onecockpit.internal.OneCockpitErrors.Step;
import io.ledgerbridge.connector.onecockpit.internal.dto.AccountDto;
import io.ledgerbridge.connector.onecockpit.internal.dto.InvoiceDto;
import io.ledgerbridge.connector.onecockpit.internal.dto.InvoiceRef;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One OneCockpit connection. The test authenticates as invoiz does ("Authentifizieren") and names the account;
 * exports upsert each invoice by its number with its customer by e-mail, in the status the document has now, so a
 * payment or a cancellation updates the same invoice. After an uncertain attempt the invoice is looked up first.
 * Failures become outcomes here, in one place per call.
 */
@Component(service = Connector.class, configurationPid = OneCockpitType.PID, configurationPolicy = REQUIRE)
@Designate(ocd = OneCockpitConfig.class, factory = true)
public class OneCockpitConnector implements Connector {
    private final OneCockpitConfig config;
    private final HttpJson http;
    private final OneCockpitClient client;

    @Activate
    public OneCockpitConnector(OneCockpitConfig config) {
        this(
                config,
                HttpSettings.builder(OneCockpitType.ID)
                        .maxConnectionsPerRoute(OneCockpitType.BUDGET.concurrency())
                        .build());
    }

    OneCockpitConnector(OneCockpitConfig config, HttpSettings httpSettings) {
        this.config = config;
        this.http = HttpJson.create(httpSettings);
        this.client = new OneCockpitClient(http, baseUrl(config));
    }

    @Deactivate
    void deactivate() {
        http.close();
    }

    @Override
    public ConnectorInfo describe() {
        return OneCockpitType.INFO;
    }

    @Override
    public TestResult test(ConnectionContext context) {
        try {
            AccountDto account = login(context).call(Step.ACCOUNT, client::account);
            return TestResult.success(OneCockpitErrors.connected(account));
        } catch (ConnectorException e) {
            return e.toTestResult();
        }
    }

    @Override
    public Outcome export(ConnectionContext context, ExportRequest request) {
        Document doc = request.document();
        Optional<String> unsupported = OneCockpitMapper.unsupported(doc);
        if (unsupported.isPresent()) {
            return new Outcome.Unsupported(unsupported.get());
        }
        if (OneCockpitMapper.lacksEmail(doc)) {
            return Outcome.failed(FailureKind.VALIDATION, OneCockpitErrors.NO_EMAIL);
        }
        try {
            return deliver(login(context), doc, request.afterUncertainAttempt());
        } catch (ConnectorException e) {
            return e.toOutcome();
        }
    }

    /**
     * Upserts the invoice. Looks it up first after an uncertain attempt (the earlier one may have stored it
     * already) and before sending a cancellation (an invoice cancelled before it reached OneCockpit is not sent).
     */
    private Outcome deliver(Login login, Document doc, boolean afterUncertainAttempt) throws ConnectorException {
        InvoiceDto invoice = OneCockpitMapper.invoice(doc);
        boolean cancelled = OneCockpitMapper.CANCELLED.equals(invoice.status());
        if (afterUncertainAttempt || cancelled) {
            Optional<InvoiceRef> known =
                    login.call(Step.LOOKUP, token -> client.findInvoice(token, invoice.invoiceNumber()));
            if (known.isEmpty() && cancelled) {
                return new Outcome.Unsupported(OneCockpitErrors.cancelledBeforeSent(doc.number()));
            }
            if (known.isPresent() && OneCockpitMapper.alreadyThere(known.get(), invoice)) {
                return Outcome.delivered(known.get().id());
            }
        }
        InvoiceRef saved = login.call(Step.UPSERT, token -> client.upsertInvoice(token, invoice));
        return Outcome.delivered(saved.id());
    }

    /** This call's login: the API token the engine decrypts, obtained when the partner authenticated. */
    private Login login(ConnectionContext context) throws ConnectorException {
        String user = config.user() == null ? "" : config.user().strip();
        if (user.isEmpty()) {
            throw OneCockpitErrors.noUser();
        }
        String token = context.secret(OneCockpitType.API_TOKEN).orElse("");
        if (token.isEmpty()) {
            throw OneCockpitErrors.notAuthenticated();
        }
        if (!OneCockpitType.validBaseUrl(baseUrl(config))) {
            throw OneCockpitErrors.notAnAddress(baseUrl(config));
        }
        return new Login(token, new OneCockpitErrors(user, client.base()));
    }

    private static String baseUrl(OneCockpitConfig config) {
        String url = config.baseUrl();
        return url == null || url.isBlank() ? OneCockpitType.DEFAULT_BASE_URL : url.strip();
    }
}
