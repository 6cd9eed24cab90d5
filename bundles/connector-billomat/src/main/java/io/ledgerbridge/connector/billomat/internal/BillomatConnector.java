package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.billomat.internal.dto.ClientDto;
import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.spi.CommonSetting;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.ImportBatch;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.RateLimitStatus;
import io.ledgerbridge.model.spi.TestResult;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One Billomat account: exports documents as invoices or inbox documents, imports invoices, tests the key through
 * {@code clients/myself}. Client failures become typed outcomes here, each with Billomat's rate-limit state.
 */
@Component(
        service = Connector.class,
        configurationPid = BillomatType.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = BillomatConfig.class, factory = true)
public class BillomatConnector implements Connector {
    /** Share of each window an import leaves to exports. */
    static final int IMPORT_KEEPS_FREE_PERCENT = 20;

    private final BillomatConfig config;
    private final String billomatId;
    private final Optional<String> base;
    private final HttpJson http;
    private final QuotaGuard quota;
    private final ConnectorInfo info;
    private final InvoiceExport invoices;
    private final InboxExport inbox;
    private final InvoiceImport imports;
    private final int importKeepsFree;

    @Activate
    public BillomatConnector(BillomatConfig config, Map<String, Object> properties) {
        this(config, Clock.systemUTC(), properties);
    }

    BillomatConnector(BillomatConfig config, Clock clock) {
        this(config, clock, Map.of());
    }

    BillomatConnector(BillomatConfig config, Clock clock, Map<String, Object> properties) {
        this(config, clock, properties, HttpSettings.builder(BillomatType.ID).build());
    }

    /** With the HTTP timeouts given, e.g. short ones for tests of a target that does not answer. */
    BillomatConnector(BillomatConfig config, Clock clock, Map<String, Object> properties, HttpSettings httpSettings) {
        this.config = config;
        this.billomatId = config.billomatId() == null ? "" : config.billomatId().strip();
        this.base = BaseUrl.resolve(config.baseUrl(), billomatId);
        this.http = HttpJson.create(httpSettings);
        this.quota = new QuotaGuard(clock);
        boolean app = notBlank(config.appId()) && notBlank(config.appSecret());
        this.info = BillomatType.info(BillomatType.budget(app));
        ExportMapper mapper = new ExportMapper(http.mapper());
        this.invoices = new InvoiceExport(mapper);
        this.inbox = new InboxExport(mapper);
        this.importKeepsFree = info.rateBudget().requests() * IMPORT_KEEPS_FREE_PERCENT / 100;
        this.imports = new InvoiceImport(new ImportMapper(billomatId, importType(properties)), quota, importKeepsFree);
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
            ClientDto account = client(context, 0).myself();
            RateLimitStatus rate = quota.status();
            String name = account.name() != null ? account.name() : billomatId;
            return TestResult.success("Connected to the Billomat account " + name + " (" + billomatId + ")"
                    + (rate == null
                            ? ""
                            : "; " + rate.remaining() + " of "
                                    + info.rateBudget().requests() + " requests left until " + rate.resetAt()));
        } catch (ConnectorException e) {
            return e.toTestResult();
        }
    }

    @Override
    public Outcome export(ConnectionContext context, ExportRequest request) {
        Document document = request.document();
        Optional<String> unsupported = unsupported(document);
        if (unsupported.isPresent()) {
            return new Outcome.Unsupported(unsupported.get());
        }
        try {
            BillomatClient client = client(context, 0);
            Memory memory = new Memory(context);
            String id = inboxTarget()
                    ? inbox.export(client, memory, context, request)
                    : invoices.export(client, memory, request);
            return new Outcome.Delivered(id, null, quota.status());
        } catch (ConnectorException e) {
            return failed(e);
        }
    }

    @Override
    public ImportBatch importSince(ConnectionContext context, String cursor) {
        try {
            return imports.next(client(context, importKeepsFree), cursor);
        } catch (ConnectorException e) {
            return ImportBatch.failed(failed(e), cursor);
        }
    }

    private Optional<String> unsupported(Document document) {
        if (document.sourceId() != null && document.sourceId().startsWith(ImportMapper.sourceId(billomatId, ""))) {
            return Optional.of("Billomat: document " + document.number() + " was imported from this Billomat "
                    + "account and is not sent back to it");
        }
        return inboxTarget() ? InboxExport.unsupported(document) : InvoiceExport.unsupported(document);
    }

    private boolean inboxTarget() {
        return "INBOX_DOCUMENT".equalsIgnoreCase(config.target());
    }

    /** A client with this call's decrypted credentials. */
    private BillomatClient client(ConnectionContext context, int keepFree) throws ConnectorException {
        String apiKey = context.secret("apiKey")
                .filter(BillomatConnector::notBlank)
                .orElseThrow(() -> new ConnectorException(
                        ConnectorException.Kind.CONFIGURATION,
                        "the Billomat API key is missing: " + "enter it from Einstellungen > API-Zugriff"));
        String url = base.orElseThrow(() -> new ConnectorException(
                ConnectorException.Kind.CONFIGURATION, "the base URL is not an http(s) URL: " + config.baseUrl()));
        String appSecret =
                notBlank(config.appId()) ? context.secret("appSecret").orElse(null) : null;
        return new BillomatClient(
                http,
                url,
                billomatId,
                new BillomatClient.Credentials(apiKey, config.appId(), appSecret),
                quota,
                keepFree);
    }

    /** The failure with the rate-limit state Billomat reported last when the failure itself carries none. */
    private Outcome.Failed failed(ConnectorException e) {
        Outcome.Failed failure = e.toOutcome();
        RateLimitStatus rate = failure.rateLimit() != null ? failure.rateLimit() : quota.status();
        return new Outcome.Failed(
                failure.kind(),
                failure.message(),
                failure.kind() == FailureKind.RATE_LIMITED && failure.retryAfter() == null
                        ? quota.untilReset()
                        : failure.retryAfter(),
                rate);
    }

    /** The common setting "default document type" of an import account; invoices when it has none. */
    private static DocumentType importType(Map<String, Object> properties) {
        try {
            Object type = properties.get(CommonSetting.IMPORT_DOCUMENT_TYPE.key());
            return DocumentType.valueOf(type.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return DocumentType.SALES_INVOICE;
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
