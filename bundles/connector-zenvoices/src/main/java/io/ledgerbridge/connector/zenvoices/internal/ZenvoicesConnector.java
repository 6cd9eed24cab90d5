package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.zenvoices.internal.dto.Administration;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One Zenvoices connection: the test checks every prerequisite of the Banqup articles (sign-in, organisation, both
 * permissions, the company code), and exports upload each document's files into the company's inbox. Both leave
 * through the same worded failures ({@link ZenvoicesMessages}), so a paused connection says what to fix.
 */
@Component(
        service = Connector.class,
        configurationPid = ZenvoicesType.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ZenvoicesConfig.class, factory = true)
public class ZenvoicesConnector implements Connector {
    /** Uploads carry whole PDFs: allow a slow inbox a minute. */
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private final ZenvoicesSettings settings;
    private final TokenCache tokens;
    private final HttpJson http;
    private final ZenvoicesClient client;
    private final AssumedInboxUpload inbox;
    private final Companies companies;

    @Activate
    public ZenvoicesConnector(ZenvoicesConfig config, @Reference(name = "tokens") TokenCache tokens) {
        this(
                ZenvoicesSettings.of(config),
                tokens,
                Clock.systemUTC(),
                HttpSettings.builder(ZenvoicesType.ID)
                        .responseTimeout(RESPONSE_TIMEOUT)
                        .maxConnectionsPerRoute(ZenvoicesType.BUDGET.concurrency())
                        .build());
    }

    ZenvoicesConnector(ZenvoicesSettings settings, TokenCache tokens, Clock clock, HttpSettings httpSettings) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = HttpJson.create(httpSettings);
        this.client = new ZenvoicesClient(http, settings.baseUrl());
        this.inbox = new AssumedInboxUpload(client);
        this.companies = new Companies(client, clock);
    }

    @Deactivate
    void deactivate() {
        http.close();
    }

    @Override
    public ConnectorInfo describe() {
        return ZenvoicesType.INFO;
    }

    @Override
    public TestResult test(ConnectionContext context) {
        try {
            Session session = session(context);
            session.signInAgain();
            Administration company = companyWithInboxAccess(session);
            return TestResult.success(ZenvoicesMessages.connected(settings, company));
        } catch (Failure f) {
            return f.toTestResult();
        }
    }

    @Override
    public Outcome export(ConnectionContext context, ExportRequest request) {
        Optional<String> unsupported = InboxExport.unsupported(request.document());
        if (unsupported.isPresent()) {
            return new Outcome.Unsupported(unsupported.get());
        }
        try {
            return new InboxExport(inbox, companies).export(session(context), context, request);
        } catch (Failure f) {
            return f.outcome();
        }
    }

    /** Each client's company code among the companies the partner's user may list, with one sign-in and one list. */
    @Override
    public List<TestResult> checkClients(ConnectionContext partner, List<Map<String, Object>> clients) {
        try {
            return ClientCompanies.check(session(partner), client, clients);
        } catch (Failure f) {
            TestResult refused = f.toTestResult();
            return clients.stream().map(c -> refused).toList();
        }
    }

    /**
     * The company, looked up afresh, after checking that its inbox can be read; when the companies cannot be listed,
     * the inbox permission is checked too, so one test names every permission that is missing.
     */
    private Administration companyWithInboxAccess(Session session) throws Failure {
        Administration company;
        try {
            company = companies.resolve(session, true);
        } catch (Failure f) {
            if (f.kind() != FailureKind.PERMISSION) {
                throw f;
            }
            List<String> missing = new ArrayList<>(List.of(ZenvoicesMessages.COMPANIES_LIST));
            if (inboxDenied(session, null)) {
                missing.add(ZenvoicesMessages.INBOX);
            }
            throw ZenvoicesMessages.missingPermissions(settings, missing);
        }
        if (inboxDenied(session, company)) {
            throw ZenvoicesMessages.missingPermissions(settings, List.of(ZenvoicesMessages.INBOX));
        }
        return company;
    }

    /** True when reading the inbox is refused for lack of permission; other failures are thrown. */
    private boolean inboxDenied(Session session, Administration company) throws Failure {
        try {
            session.call(Step.INBOX, token -> {
                inbox.checkAccess(token, company == null ? null : company.id());
                return null;
            });
            return false;
        } catch (Failure f) {
            if (f.kind() == FailureKind.PERMISSION) {
                return true;
            }
            throw f;
        }
    }

    private Session session(ConnectionContext context) throws Failure {
        String password = context.secret(ZenvoicesType.PASSWORD)
                .filter(p -> !p.isEmpty())
                .orElseThrow(ZenvoicesMessages::noPassword);
        return new Session(client, tokens, settings, password);
    }
}
