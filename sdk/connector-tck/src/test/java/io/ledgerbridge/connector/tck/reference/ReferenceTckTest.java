package io.ledgerbridge.connector.tck.reference;

import io.ledgerbridge.connector.tck.Configs;
import io.ledgerbridge.connector.tck.ConnectorTck;
import io.ledgerbridge.connector.tck.ErrorReply;
import io.ledgerbridge.connector.tck.Setup;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.Connector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The TCK against its reference connector: everything passes (the import checks are skipped: it cannot import). */
public class ReferenceTckTest extends ConnectorTck {
    static ReferenceTarget target;

    @BeforeAll
    static void startTarget() {
        // the JDK client of the reference connector would reuse pooled connections to a port a later test's proxy
        // binds again; without keep-alive every call has its own connection
        System.setProperty("http.keepAlive", "false");
        target = new ReferenceTarget();
    }

    @AfterAll
    static void stopTarget() {
        target.close();
    }

    /** The mistakes this run's connector makes; none here. */
    protected Set<ReferenceConnector.Bug> bugs() {
        return Set.of();
    }

    /** The module files this run's connector has. */
    protected ReferenceModule.Variant variant() {
        return ReferenceModule.Variant.GOOD;
    }

    @Override
    protected Path moduleDir() {
        return ReferenceModule.write(
                Path.of("target/reference-modules", getClass().getSimpleName()), variant());
    }

    @Override
    protected String targetUrl() {
        return target.url();
    }

    @Override
    protected void resetTarget() {
        target.reset();
    }

    @Override
    protected Map<String, Object> settings(String baseUrl) {
        return new HashMap<>(Map.of("baseUrl", baseUrl));
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of("token", ReferenceTarget.TOKEN);
    }

    @Override
    protected Connector connector(Map<String, Object> settings, Duration callTimeout) {
        return new ReferenceConnector(Configs.of(ReferenceConfig.class, settings), callTimeout, bugs());
    }

    @Override
    protected long timesCreated(Document document) {
        return target.created(document.number());
    }

    @Override
    protected void badCredentials(Setup setup) {
        setup.secret("token", "not-the-token-0000");
    }

    @Override
    protected void missingPermission(Setup setup) {
        target.withoutPermission();
    }

    @Override
    protected void wrongSettings(Setup setup) {
        setup.setting("account", "nobody");
    }

    @Override
    protected ErrorReply validationError() {
        return ErrorReply.json(422, "{\"message\":\"the number is taken\"}", "the number is taken")
                .onPath("/invoices");
    }

    @Override
    protected Map<String, String> removedSettings() {
        return Map.of("legacyMode", "the old API the setting chose is gone");
    }

    @Override
    protected Duration callTimeout() {
        // the suite runs once per mistake in TckFailuresTest: short waits, but room for a cold JVM on a busy machine
        return Duration.ofSeconds(1);
    }

    @Override
    protected Set<String> targetThreadPrefixes() {
        return Set.of(ReferenceTarget.THREADS);
    }
}
