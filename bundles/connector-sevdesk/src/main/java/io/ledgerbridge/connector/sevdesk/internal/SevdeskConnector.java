package io.ledgerbridge.connector.sevdesk.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One sevdesk connection: tests the token, exports sales invoices with their customers, books their payments and
 * saves received receipts as vouchers.
 * Every failure of the sevdesk client becomes a typed outcome in {@link #failure(ConnectorException)}, the one
 * place that words them; an invalid token answers AUTH at once, so the engine pauses instead of retrying.
 */
@Component(
        service = Connector.class,
        configurationPid = SevdeskType.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SevdeskConfig.class, factory = true)
public class SevdeskConnector implements Connector {
    static final String TOKEN = "apiToken";
    static final String AUTH_MESSAGE = "the sevdesk API token is invalid or was regenerated";
    static final String NO_TOKEN = "no sevdesk API token is set; copy it from sevdesk: Verwalten > Erweiterungen > API";

    private final SevdeskSettings settings;
    private final Clock clock;
    private final HttpJson http;
    private final Map<String, String> countryIds = new ConcurrentHashMap<>();
    private final ContactSync.Locks contactLocks = new ContactSync.Locks();

    @Activate
    public SevdeskConnector(SevdeskConfig config) {
        this(SevdeskSettings.of(config), Clock.systemUTC());
    }

    SevdeskConnector(SevdeskSettings settings, Clock clock) {
        this(settings, clock, HttpSettings.builder(SevdeskType.ID).build());
    }

    SevdeskConnector(SevdeskSettings settings, Clock clock, HttpSettings httpSettings) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpJson.create(httpSettings);
    }

    @Deactivate
    void deactivate() {
        http.close();
    }

    @Override
    public ConnectorInfo describe() {
        return SevdeskType.INFO;
    }

    @Override
    public TestResult test(ConnectionContext context) {
        Optional<String> token = token(context);
        if (token.isEmpty()) {
            return TestResult.failure(FailureKind.CONFIGURATION, NO_TOKEN);
        }
        try {
            SevdeskClient client = client(token.get());
            String version = new AccountFacts(client, context, clock, countryIds).refreshSystemVersion();
            return TestResult.success("Connected to sevdesk (bookkeeping system " + version + "). "
                    + PaymentBooking.accountNote(client, settings));
        } catch (ConnectorException e) {
            Outcome.Failed failed = failure(e);
            return TestResult.failure(failed.kind(), failed.message());
        }
    }

    @Override
    public Outcome export(ConnectionContext context, ExportRequest request) {
        Document doc = request.document();
        Optional<String> unsupported = unsupported(doc);
        if (unsupported.isPresent()) {
            return new Outcome.Unsupported(unsupported.get());
        }
        Optional<String> token = token(context);
        if (token.isEmpty()) {
            return Outcome.failed(FailureKind.CONFIGURATION, NO_TOKEN);
        }
        try {
            SevdeskClient client = client(token.get());
            AccountFacts facts = new AccountFacts(client, context, clock, countryIds);
            boolean paymentUpdate = request.trigger() == LifecycleEvent.PAID;
            if (doc.direction() == Direction.INCOMING) {
                return new ReceiptExport(client, facts, context, settings)
                        .export(doc, paymentUpdate, request.afterUncertainAttempt());
            }
            ContactSync contacts = new ContactSync(client, facts, context, settings.contactCategory(), contactLocks);
            InvoiceExport exports = new InvoiceExport(client, facts, contacts, context, settings);
            if (paymentUpdate) {
                return new PaymentBooking(client, exports, settings).book(doc, request.afterUncertainAttempt());
            }
            return exports.export(doc, request.afterUncertainAttempt());
        } catch (ConnectorException e) {
            return failure(e);
        }
    }

    /**
     * Why this connector does not take the document, or empty when it does (invoices you issue; receipts and
     * supplier invoices you received): never a silent skip.
     */
    static Optional<String> unsupported(Document doc) {
        boolean outgoing = doc.direction() == Direction.OUTGOING;
        return Optional.ofNullable(
                switch (doc.type()) {
                    case SALES_INVOICE -> null;
                    case RECEIPT ->
                        outgoing
                                ? "sevdesk: receipts you issue are not supported by this connector, only "
                                        + "receipts you received"
                                : null;
                    case CREDIT_NOTE ->
                        "sevdesk: credit notes are not supported by this connector yet; enter the credit "
                                + "note in sevdesk yourself";
                    default -> "sevdesk: documents of type " + doc.type() + " are not supported by this connector";
                });
    }

    /** The one place that turns a failure of the sevdesk client into what the engine and the partner see. */
    static Outcome.Failed failure(ConnectorException e) {
        Outcome.Failed typed = e.toOutcome();
        String message =
                switch (e.kind()) {
                    case AUTH ->
                        AUTH_MESSAGE + "; copy the current token from sevdesk (Verwalten > Erweiterungen > API) "
                                + "into the connection (" + e.getMessage() + ")";
                    case PERMISSION ->
                        "no API access in this sevdesk plan: the sevdesk API needs the plan Buchhaltung Pro "
                                + "or higher (" + e.getMessage() + ")";
                    case TRANSPORT -> "sevdesk unreachable: " + e.getMessage();
                    case PROTOCOL ->
                        e.httpStatus() >= 500
                                ? "sevdesk unreachable (server error): " + e.getMessage()
                                : e.getMessage();
                    case RATE_LIMIT -> "sevdesk asks to slow down: " + e.getMessage();
                    case VALIDATION -> e.httpStatus() > 0 ? "sevdesk rejected it: " + e.getMessage() : e.getMessage();
                    default -> e.getMessage();
                };
        return new Outcome.Failed(typed.kind(), message, typed.retryAfter(), typed.rateLimit());
    }

    private SevdeskClient client(String token) {
        return new SevdeskClient(http, settings.baseUrl(), token);
    }

    private static Optional<String> token(ConnectionContext context) {
        return context.secret(TOKEN).map(String::strip).filter(t -> !t.isEmpty());
    }
}
