package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;
import io.ledgerbridge.sandbox.ManualClock;
import io.ledgerbridge.sandbox.ZenvoicesSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A Zenvoices simulator on a free port, shared by a test class and reset before each test, with connectors for it
 * that share one token cache and the simulator's clock (tokens expire when the test moves the clock).
 */
abstract class SimulatorFixture {
    static final ManualClock CLOCK = ManualClock.startingNow();
    static final String LOGIN = ZenvoicesClient.LOGIN_PATH;
    static final String UPLOAD = AssumedInboxUpload.PATH;
    static ZenvoicesSimulator zenvoices;

    final List<ZenvoicesConnector> connectors = new ArrayList<>();
    TokenCache tokens;
    FakeContext context;

    @BeforeAll
    static void startSimulator() {
        zenvoices = ZenvoicesSimulator.builder().clock(CLOCK).port(0).start();
    }

    @AfterAll
    static void stopSimulator() {
        zenvoices.close();
    }

    @BeforeEach
    void resetSimulator() {
        zenvoices.control().reset();
        tokens = new TokenCache(CLOCK);
        context = context(ZenvoicesSimulator.SANDBOX_PASSWORD);
    }

    @AfterEach
    void closeConnectors() {
        connectors.forEach(ZenvoicesConnector::deactivate);
    }

    /** A connection context holding this password (none for null), as the engine decrypts it. */
    static FakeContext context(String password) {
        return new FakeContext(ZenvoicesType.PID + "~test").secret(ZenvoicesType.PASSWORD, password);
    }

    /** A connection to company ACME of the seeded organisation. */
    ZenvoicesConnector connector() {
        return connector(settings("ACME"));
    }

    ZenvoicesConnector connector(ZenvoicesSettings settings) {
        return connector(settings, Duration.ofSeconds(5));
    }

    ZenvoicesConnector connector(ZenvoicesSettings settings, Duration responseTimeout) {
        ZenvoicesConnector connector = new ZenvoicesConnector(
                settings,
                tokens,
                CLOCK,
                HttpSettings.builder(ZenvoicesType.ID)
                        .responseTimeout(responseTimeout)
                        .maxConnectionsPerRoute(16)
                        .maxConnectionsTotal(16)
                        .build());
        connectors.add(connector);
        return connector;
    }

    static ZenvoicesSettings settings(String companyCode) {
        return new ZenvoicesSettings(
                zenvoices.baseUrl(), ZenvoicesSimulator.SANDBOX_USER, ZenvoicesSimulator.SANDBOX_TENANCY, companyCode);
    }

    /** Requests the simulator answered (or held) with this method and exact path. */
    static long requests(String method, String path) {
        return zenvoices.control().requests().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .count();
    }

    static long logins() {
        return requests("POST", LOGIN);
    }

    static List<Map<String, Object>> inbox() {
        return zenvoices.control().snapshot(ZenvoicesSimulator.SANDBOX_TENANCY + "/inbox");
    }

    static String delivered(Outcome outcome) {
        if (outcome instanceof Outcome.Delivered d) {
            return d.remoteId();
        }
        throw new AssertionError("not delivered: " + outcome);
    }

    static Outcome.Failed failed(Outcome outcome, FailureKind kind) {
        if (outcome instanceof Outcome.Failed f && f.kind() == kind) {
            return f;
        }
        throw new AssertionError("not failed with " + kind + ": " + outcome);
    }

    static TestResult failedTest(TestResult result, FailureKind kind) {
        if (!result.ok() && result.kind() == kind) {
            return result;
        }
        throw new AssertionError("not a " + kind + " failure: " + result);
    }
}
