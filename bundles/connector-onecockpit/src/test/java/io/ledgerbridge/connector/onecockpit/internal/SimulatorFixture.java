package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.tck.Configs;
import io.ledgerbridge.connector.tck.Documents;
import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;
import io.ledgerbridge.sandbox.OneCockpitSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A OneCockpit simulator on a free port, shared by a test class and reset before each test, with connections to
 * it as the seeded user; each connector keeps its own token, as each activated connection does.
 */
abstract class SimulatorFixture {
    static OneCockpitSimulator onecockpit;

    final List<OneCockpitConnector> connectors = new ArrayList<>();
    FakeContext context;

    @BeforeAll
    static void startSimulator() {
        onecockpit =
                OneCockpitSimulator.builder().requestsPerSecond(1000).port(0).start();
    }

    @AfterAll
    static void stopSimulator() {
        onecockpit.close();
    }

    @BeforeEach
    void resetSimulator() {
        onecockpit.control().reset();
        context = context(OneCockpitSimulator.SANDBOX_API_KEY);
    }

    @AfterEach
    void closeConnectors() {
        connectors.forEach(OneCockpitConnector::deactivate);
    }

    /** A connection context holding this API token (none when empty), as the engine decrypts it. */
    static FakeContext context(String token) {
        return new FakeContext(OneCockpitType.PID + "~test").secret(OneCockpitType.API_TOKEN, token);
    }

    OneCockpitConnector connector() {
        return connector(OneCockpitSimulator.SANDBOX_USER);
    }

    OneCockpitConnector connector(String user) {
        OneCockpitConnector connector = new OneCockpitConnector(
                Configs.of(
                        OneCockpitConfig.class,
                        Map.of(OneCockpitType.USER, user, OneCockpitType.BASE_URL, onecockpit.baseUrl())),
                HttpSettings.builder(OneCockpitType.ID)
                        .responseTimeout(Duration.ofSeconds(5))
                        .maxConnectionsPerRoute(16)
                        .maxConnectionsTotal(16)
                        .build());
        connectors.add(connector);
        return connector;
    }

    /** A finalized, open invoice of this number to its own customer ({@code <number>@example.com}). */
    static Document invoice(String number) {
        return Documents.invoice(number).build();
    }

    static ExportRequest finalized(Document document) {
        return Documents.finalized(document);
    }

    /** Requests the simulator answered with this method and exact path. */
    static long requests(String method, String path) {
        return onecockpit.control().requests().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .count();
    }

    static long exchanges() {
        return requests("POST", OneCockpitSimulator.TOKEN_PATH);
    }

    static List<Map<String, Object>> stored(String collection) {
        return onecockpit.control().snapshot(collection);
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
