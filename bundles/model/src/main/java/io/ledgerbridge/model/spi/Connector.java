package io.ledgerbridge.model.spi;

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
}
