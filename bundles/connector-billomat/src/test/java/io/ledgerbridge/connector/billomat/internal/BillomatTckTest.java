package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.tck.ConnectorTck;
import io.ledgerbridge.connector.tck.ErrorReply;
import io.ledgerbridge.connector.tck.Setup;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.sandbox.BillomatSimulator;
import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.SimulatorControl;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The connector TCK for Billomat, against the sandbox's Billomat simulator with a registered app and a limit high
 * enough for the whole suite (the real limit is the rate benchmark's business).
 */
class BillomatTckTest extends ConnectorTck {
    /** Two import batches: the import reads one page of {@link InvoiceImport#PER_PAGE} per batch. */
    private static final int SEEDED = InvoiceImport.PER_PAGE + 10;

    private static BillomatSimulator billomat;

    @BeforeAll
    static void startSimulator() {
        billomat = BillomatSimulator.builder()
                .rateLimit(Duration.ofMinutes(15), 100_000, 100_000)
                .start();
    }

    @AfterAll
    static void stopSimulator() {
        billomat.close();
    }

    @Override
    protected String targetUrl() {
        return billomat.baseUrl();
    }

    @Override
    protected void resetTarget() {
        billomat.control().reset();
    }

    @Override
    protected Map<String, Object> settings(String baseUrl) {
        return new HashMap<>(Map.of(
                "billomatId",
                BillomatSimulator.SANDBOX_ID,
                "baseUrl",
                baseUrl.replace("/" + BillomatSimulator.SANDBOX_ID + "/", "/{billomatId}/"),
                "apiKey",
                "ENC(v1:stored-encrypted)",
                "appId",
                BillomatSimulator.SANDBOX_APP_ID,
                "appSecret",
                "ENC(v1:stored-encrypted)"));
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of("apiKey", BillomatSimulator.SANDBOX_API_KEY, "appSecret", BillomatSimulator.SANDBOX_APP_SECRET);
    }

    @Override
    protected Connector connector(Map<String, Object> settings, Duration callTimeout) {
        return new BillomatConnector(
                Configs.of(settings),
                Clock.systemUTC(),
                settings,
                HttpSettings.builder(BillomatType.ID)
                        .responseTimeout(callTimeout)
                        .build());
    }

    @Override
    protected long timesCreated(Document document) {
        SimulatorControl control = billomat.control();
        return LongStream.of(
                        control.createCount(BillomatSimulator.INVOICE_NUMBER, document.number()),
                        control.createCount(
                                BillomatSimulator.CLIENT_NUMBER,
                                document.party().customerNumber()))
                .max()
                .orElse(0);
    }

    @Override
    protected void badCredentials(Setup setup) {
        setup.secret("apiKey", "not-the-sandbox-key");
    }

    @Override
    protected void missingPermission(Setup setup) {
        billomat.control()
                .inject(Fault.status(403, "Permission denied")
                        .onPath("/clients/myself")
                        .always());
    }

    @Override
    protected void wrongSettings(Setup setup) {
        setup.setting("billomatId", "nobody");
    }

    @Override
    protected ErrorReply validationError() {
        return ErrorReply.json(
                        400,
                        "{\"errors\":{\"error\":\"The invoice number is already taken\"}}",
                        "The invoice number is already taken")
                .onPath("/invoices");
    }

    @Override
    protected List<String> seedImport() {
        List<String> ids = new ArrayList<>();
        try (SimSeeder seed = new SimSeeder(billomat, Clock.systemUTC())) {
            for (int i = 1; i <= SEEDED; i++) {
                ids.add(seed.completed("RE-" + (5000 + i)));
            }
        }
        return ids;
    }

    @Override
    protected String futureCursor() {
        return "v1;last=999999999;seen=999999;drafts=";
    }
}
