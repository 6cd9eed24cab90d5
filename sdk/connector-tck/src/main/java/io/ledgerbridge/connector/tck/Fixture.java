package io.ledgerbridge.connector.tck;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.ImportBatch;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What one test of the suite works with: the fault proxy in front of the subclass's target, connectors made by the
 * subclass for it (deactivated after the test), contexts with its secrets, fresh documents, and calls that must
 * return (never throw, never hang).
 */
final class Fixture {
    private static final AtomicInteger NUMBERS = new AtomicInteger(1000);
    /** Time a call with a large document may take before it counts as hanging. */
    static final Duration LARGE_CALL = Duration.ofSeconds(90);

    private final ConnectorTck tck;
    private final List<Connector> live = new ArrayList<>();
    private FaultProxy proxy;
    private ConnectorInfo info;

    Fixture(ConnectorTck tck) {
        this.tck = tck;
    }

    void start() {
        tck.resetTarget();
        proxy = FaultProxy.start(tck.targetUrl());
    }

    void stop() {
        try {
            new ArrayList<>(live).forEach(this::deactivate);
        } finally {
            proxy.close();
        }
    }

    FaultProxy proxy() {
        return proxy;
    }

    ModuleFiles module() {
        return new ModuleFiles(tck.moduleDir());
    }

    /** The target's URL as the connector must use it: through the proxy. */
    String baseUrl() {
        return proxy.url(tck.targetUrl());
    }

    /** The same path on a loopback port where nothing listens. */
    String unreachableUrl() {
        String path = URI.create(tck.targetUrl()).getRawPath();
        return FreePorts.unreachableUrl(path == null ? "" : path);
    }

    ConnectorInfo info() {
        if (info == null) {
            info = connector().describe();
        }
        return info;
    }

    String name() {
        return info().id();
    }

    Setup setup(String scenario) {
        return new Setup(name(), scenario, tck.settings(baseUrl()), tck.secrets());
    }

    Connector connector() {
        return connector(tck.settings(baseUrl()));
    }

    Connector connector(Map<String, Object> settings) {
        Connector connector = tck.connector(settings, tck.callTimeout());
        live.add(connector);
        return connector;
    }

    void deactivate(Connector connector) {
        live.remove(connector);
        tck.deactivate(connector);
    }

    FakeContext context() {
        return context(tck.secrets());
    }

    FakeContext context(Map<String, String> secrets) {
        return new FakeContext(info().factoryPid() + "~tck").secrets(secrets);
    }

    /** A fresh exportable document (its own number and customer), its files registered in the context. */
    Document document(FakeContext context) {
        return document(context, UnaryOperator.identity());
    }

    Document document(FakeContext context, UnaryOperator<DocumentBuilder> change) {
        return tck.exportable(change.apply(Documents.invoice(nextNumber()))).build(context);
    }

    /** A document number no other document of this run has. */
    static String nextNumber() {
        return "TCK-" + NUMBERS.incrementAndGet();
    }

    /** The longest a call may take when the target does not answer. */
    Duration bound() {
        return tck.callTimeout().multipliedBy(2).plusSeconds(2);
    }

    Outcome export(Connector connector, ConnectionContext context, ExportRequest request) {
        return call("export of " + request.document().number(), LARGE_CALL, () -> connector.export(context, request));
    }

    List<TestResult> checkClients(Connector connector, ConnectionContext context, List<Map<String, Object>> clients) {
        return call("checkClients()", LARGE_CALL, () -> connector.checkClients(context, clients));
    }

    TestResult test(Connector connector, ConnectionContext context) {
        return call("test()", LARGE_CALL, () -> connector.test(context));
    }

    ImportBatch importSince(Connector connector, ConnectionContext context, String cursor) {
        return call("importSince(" + cursor + ")", LARGE_CALL, () -> connector.importSince(context, cursor));
    }

    /** Runs a connector call that must return a value within the bound and never throw. */
    <T> T call(String what, Duration within, Supplier<T> call) {
        T result = assertTimeoutPreemptively(
                within,
                () -> {
                    try {
                        return call.get();
                    } catch (RuntimeException e) {
                        throw new AssertionError(
                                name() + ": " + what + " threw " + e + " instead of answering with a typed result", e);
                    }
                },
                () -> name() + ": " + what + " did not return within " + within);
        if (result == null) {
            throw new AssertionError(name() + ": " + what + " returned null");
        }
        return result;
    }

    Path moduleDir() {
        return tck.moduleDir();
    }
}
