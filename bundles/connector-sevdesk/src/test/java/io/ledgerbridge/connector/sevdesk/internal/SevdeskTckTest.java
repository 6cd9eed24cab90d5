package io.ledgerbridge.connector.sevdesk.internal;

import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.tck.Configs;
import io.ledgerbridge.connector.tck.ConnectorTck;
import io.ledgerbridge.connector.tck.ErrorReply;
import io.ledgerbridge.connector.tck.Setup;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.sandbox.SevdeskSimulator;
import io.ledgerbridge.sandbox.SimulatorControl;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The connector TCK for sevdesk, against the sandbox's sevdesk simulator (payments and receipts switched on). */
class SevdeskTckTest extends ConnectorTck {
    private static SevdeskSimulator sevdesk;

    @BeforeAll
    static void startSimulator() {
        sevdesk = SevdeskSimulator.start(0);
    }

    @AfterAll
    static void stopSimulator() {
        sevdesk.close();
    }

    @Override
    protected String targetUrl() {
        return sevdesk.baseUrl();
    }

    @Override
    protected void resetTarget() {
        sevdesk.control().reset();
    }

    @Override
    protected Map<String, Object> settings(String baseUrl) {
        return new HashMap<>(Map.of("baseUrl", baseUrl, "checkAccountId", "5000", "receiptAccount", "27"));
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of(SevdeskConnector.TOKEN, SevdeskSimulator.SANDBOX_TOKEN);
    }

    @Override
    protected Connector connector(Map<String, Object> settings, Duration callTimeout) {
        return new SevdeskConnector(
                SevdeskSettings.of(Configs.of(SevdeskConfig.class, settings)),
                Clock.systemUTC(),
                HttpSettings.builder(SevdeskType.ID)
                        .responseTimeout(callTimeout)
                        .build());
    }

    @Override
    protected long timesCreated(Document document) {
        SimulatorControl control = sevdesk.control();
        return LongStream.of(
                        control.createCount(SevdeskSimulator.INVOICE_NUMBER, document.number()),
                        control.createCount(SevdeskSimulator.VOUCHER_DESCRIPTION, document.number()),
                        control.createCount(
                                SevdeskSimulator.CUSTOMER_NUMBER,
                                document.party().customerNumber()))
                .max()
                .orElse(0);
    }

    @Override
    protected void badCredentials(Setup setup) {
        setup.secret(SevdeskConnector.TOKEN, "ffffffffffffffffffffffffffffffff");
    }

    @Override
    protected void missingPermission(Setup setup) {
        sevdesk.setPlanLacksApi(true);
    }

    @Override
    protected void wrongSettings(Setup setup) {
        setup.setting("checkAccountId", "999999");
    }

    @Override
    protected ErrorReply validationError() {
        return ErrorReply.json(
                        422,
                        "{\"objects\":null,\"error\":{\"message\":\"taxRule 99 is not a valid tax rule\","
                                + "\"code\":null}}",
                        "taxRule 99 is not a valid tax rule")
                .onPath("/Invoice/Factory/saveInvoice");
    }
}
