package io.ledgerbridge.model.spi;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A connection to a target service, registered by a connector bundle as one service per connection (DS component
 * per factory configuration of PID {@code io.ledgerbridge.connector.<id>}). Calls come from the engine's threads;
 * implementations start no threads of their own and keep no state the engine cannot rebuild.
 */
@ConsumerType
public interface Connector {

    /** Who the connector is and what it can do. */
    ConnectorInfo describe();

    /** Checks credentials and settings against the target, quickly. */
    TestResult test(ConnectionContext context);

    /** Exports one document; exactly once in effect (see {@link ExportRequest#afterUncertainAttempt()}). */
    Outcome export(ConnectionContext context, ExportRequest request);

    /**
     * Reads documents changed since the cursor (null: from the beginning). Only called when the connector has the
     * {@link Capability#IMPORT} capability.
     */
    default ImportBatch importSince(ConnectionContext context, String cursor) {
        return ImportBatch.failed(
                new Outcome.Failed(
                        FailureKind.CONFIGURATION, describe().displayName() + " cannot import documents", null, null),
                cursor);
    }

    /**
     * Checks, before anything is stored, the settings of client connections that would take over this partner
     * connection's sign-in, e.g. that each client's company code names a company the partner's login may reach.
     * The engine calls it once for a whole batch of clients, on the partner connection, so that a connector can
     * list what it needs once. The settings are the clients' complete settings without their secrets.
     *
     * @return one result per client, in the order given: success with what was found, or the failure a partner
     *     reads (a failure of the sign-in itself repeated for every client). The default checks nothing and says
     *     that the connection test will.
     */
    default List<TestResult> checkClients(ConnectionContext partner, List<Map<String, Object>> clients) {
        TestResult unchecked = TestResult.success(describe().displayName()
                + " cannot check a client's settings before it is added: " + "test the connection once added");
        return clients.stream().map(c -> unchecked).toList();
    }
}
