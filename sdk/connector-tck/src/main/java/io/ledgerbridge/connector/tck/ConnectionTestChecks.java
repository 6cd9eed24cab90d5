package io.ledgerbridge.connector.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.TestResult;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.opentest4j.TestAbortedException;

/** The connection test: a working connection passes; each way of failing has its own kind and message. */
final class ConnectionTestChecks {
    private final Fixture fixture;
    private final ConnectorTck tck;

    ConnectionTestChecks(Fixture fixture, ConnectorTck tck) {
        this.fixture = fixture;
        this.tck = tck;
    }

    void aWorkingConnectionPasses() {
        TestResult result = fixture.test(fixture.connector(), fixture.context());
        assertTrue(
                result.ok(), () -> fixture.name() + ": the connection test of a working connection failed: " + result);
        assertTrue(
                result.message() != null && !result.message().isBlank(),
                () -> fixture.name() + ": a passed connection test says nothing");
    }

    /**
     * {@code checkClients} on a working partner connection, for two clients with its settings: one result per
     * client, each saying something and none naming a secret.
     */
    void theClientCheckAnswersEveryClient() {
        Map<String, Object> client = new HashMap<>(tck.settings(tck.targetUrl()));
        Connector connector = fixture.connector();
        List<TestResult> results =
                fixture.checkClients(connector, fixture.context(), List.of(client, Map.copyOf(client)));
        assertEquals(
                2,
                results.size(),
                () -> fixture.name() + ": checkClients must answer one result per client, it answered " + results);
        for (TestResult r : results) {
            assertTrue(
                    r != null && r.message() != null && !r.message().isBlank(),
                    () -> fixture.name() + ": checkClients answered a client with nothing to say: " + r);
            tck.secrets()
                    .values()
                    .forEach(secret -> assertFalse(
                            r.message().contains(secret),
                            () -> fixture.name() + ": checkClients names a secret: " + r));
        }
    }

    /** The connection test of one failing scenario; it must fail with this kind and say something. */
    TestResult failing(FailureKind expected) {
        Setup setup = fixture.setup(scenario(expected));
        switch (expected) {
            case AUTH -> tck.badCredentials(setup);
            case PERMISSION -> tck.missingPermission(setup);
            case CONFIGURATION -> tck.wrongSettings(setup);
            default -> setup.settings().putAll(tck.settings(fixture.unreachableUrl()));
        }
        Connector connector = fixture.connector(setup.settings());
        TestResult result = fixture.test(connector, fixture.context(setup.secrets()));
        assertFalse(
                result.ok(),
                () -> fixture.name() + ": the connection test passed with " + setup.scenario() + ": "
                        + result.message());
        assertEquals(
                expected,
                result.kind(),
                () -> fixture.name() + ": with " + setup.scenario()
                        + " the connection test must fail as " + expected + ", it said " + result.kind() + ": "
                        + result.message());
        assertTrue(
                result.message() != null && !result.message().isBlank(),
                () -> fixture.name() + ": the connection test gives no message for " + setup.scenario());
        return result;
    }

    void failuresHaveDistinctMessages() {
        Map<FailureKind, String> messages = new EnumMap<>(FailureKind.class);
        for (FailureKind kind : new FailureKind[] {
            FailureKind.AUTH, FailureKind.PERMISSION, FailureKind.UNAVAILABLE, FailureKind.CONFIGURATION
        }) {
            tryScenario(kind, result -> messages.put(kind, result.message()));
            tck.resetTarget();
        }
        Set<String> distinct = new HashSet<>(messages.values());
        assertEquals(
                messages.size(),
                distinct.size(),
                () -> fixture.name() + ": the connection test says the same "
                        + "for different failures, so a partner cannot tell what to fix: " + messages);
    }

    private void tryScenario(FailureKind kind, Consumer<TestResult> use) {
        try {
            use.accept(failing(kind));
        } catch (TestAbortedException notApplicable) {
            // declared not applicable by the subclass (reported by its own test); the others must still differ
        }
    }

    static String scenario(FailureKind kind) {
        return switch (kind) {
            case AUTH -> "bad credentials";
            case PERMISSION -> "missing permission";
            case CONFIGURATION -> "wrong settings";
            default -> "an unreachable host";
        };
    }
}
