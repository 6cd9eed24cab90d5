package io.ledgerbridge.connector.tck;

import static org.junit.jupiter.api.Assertions.fail;

import io.ledgerbridge.model.spi.Connector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The optional hooks of {@link ConnectorTck}, each with a default that fits most connectors; override one where the
 * connector needs something else. Extend {@link ConnectorTck}, not this class.
 */
public abstract class TckHooks {
    /** Only {@link ConnectorTck} extends it. */
    TckHooks() {}

    /**
     * Adjusts the documents the TCK exports (each a fresh, valid, finalized sales invoice with its own number and
     * customer) to what the connector takes, e.g. an incoming receipt for a connector that only takes receipts.
     *
     * @param document the TCK's document
     * @return the document to export; by default unchanged
     */
    protected DocumentBuilder exportable(DocumentBuilder document) {
        return document;
    }

    /**
     * Settings of the previous release that were removed on purpose (existing connections lose them).
     *
     * @return setting id to the reason; by default none
     */
    protected Map<String, String> removedSettings() {
        return Map.of();
    }

    /**
     * The response timeout the TCK gives {@code connector(settings, callTimeout)}; a call to a target that never
     * answers must return within twice this plus two seconds.
     *
     * @return by default one second
     */
    protected Duration callTimeout() {
        return Duration.ofSeconds(1);
    }

    /**
     * Ends a connector as DS does when its configuration goes away.
     *
     * @param connector a connector made by {@code connector(settings, callTimeout)}
     */
    protected void deactivate(Connector connector) {
        Components.deactivate(connector);
    }

    /**
     * Name prefixes of threads that belong to the target (simulator), not to the connector, for the thread check.
     *
     * @return by default {@code sandbox-}, the threads of the platform's simulators
     */
    protected Set<String> targetThreadPrefixes() {
        return Set.of("sandbox-");
    }

    /**
     * Import connectors (capability IMPORT): puts documents into the target, more than one import batch holds.
     *
     * @return the target's ids of the seeded documents, as {@code ImportBatch.Imported.remoteId()} gives them
     */
    protected List<String> seedImport() {
        return fail("the connector has the IMPORT capability: override seedImport() to seed its target");
    }

    /**
     * Import connectors: a cursor as the connector writes it, pointing after anything the target holds or will hold.
     *
     * @return the cursor
     */
    protected String futureCursor() {
        return fail("the connector has the IMPORT capability: override futureCursor()");
    }

    /**
     * Import connectors: the settings of a working import connection.
     *
     * @param baseUrl the target's URL as the connector must call it
     * @return by default the same settings as an export connection's
     */
    protected Map<String, Object> importSettings(String baseUrl) {
        return ((ConnectorTck) this).settings(baseUrl);
    }

    /**
     * The connector module's folder, where its pom.xml, README.md and target/classes are.
     *
     * @return by default the working directory Maven's surefire runs tests in ({@code basedir})
     */
    protected Path moduleDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    }
}
