package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.tck.Configs;
import io.ledgerbridge.connector.tck.ConnectorTck;
import io.ledgerbridge.connector.tck.DocumentBuilder;
import io.ledgerbridge.connector.tck.ErrorReply;
import io.ledgerbridge.connector.tck.Setup;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.sandbox.ZenvoicesPermission;
import io.ledgerbridge.sandbox.ZenvoicesSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The connector TCK for Zenvoices, against the sandbox's Zenvoices simulator, with a user of its own whose password
 * appears nowhere else (the seeded one, "sandbox", is part of the seeded user name). Each connector gets a token
 * cache of its own, as a freshly installed bundle has: its first request is the login.
 */
class ZenvoicesTckTest extends ConnectorTck {
    private static final String USER = "tck@ledgerbridge.test";
    private static final String PASSWORD = "Pa55-w0rd-of-the-TCK";
    private static ZenvoicesSimulator zenvoices;

    @BeforeAll
    static void startSimulator() {
        zenvoices = ZenvoicesSimulator.start(0);
    }

    @AfterAll
    static void stopSimulator() {
        zenvoices.close();
    }

    @Override
    protected String targetUrl() {
        return zenvoices.baseUrl();
    }

    @Override
    protected void resetTarget() {
        zenvoices.control().reset();
        zenvoices.addUser(ZenvoicesSimulator.SANDBOX_TENANCY, USER, PASSWORD, ZenvoicesPermission.values());
    }

    @Override
    protected Map<String, Object> settings(String baseUrl) {
        return new HashMap<>(Map.of(
                ZenvoicesType.USER_NAME,
                USER,
                ZenvoicesType.PASSWORD,
                "ENC(v1:stored-encrypted)",
                ZenvoicesType.ORGANIZATION_CODE,
                ZenvoicesSimulator.SANDBOX_TENANCY,
                ZenvoicesType.COMPANY_CODE,
                "ACME",
                ZenvoicesType.BASE_URL,
                baseUrl));
    }

    @Override
    protected Map<String, String> secrets() {
        return Map.of(ZenvoicesType.PASSWORD, PASSWORD);
    }

    @Override
    protected Connector connector(Map<String, Object> settings, Duration callTimeout) {
        return new ZenvoicesConnector(
                ZenvoicesSettings.of(Configs.of(ZenvoicesConfig.class, settings)),
                new TokenCache(),
                Clock.systemUTC(),
                HttpSettings.builder(ZenvoicesType.ID)
                        .responseTimeout(callTimeout)
                        .build());
    }

    /** The inbox takes files: every document the TCK exports carries its PDF. */
    @Override
    protected DocumentBuilder exportable(DocumentBuilder document) {
        return document.pdf(4096);
    }

    @Override
    protected long timesCreated(Document document) {
        return zenvoices.control().createCount(ZenvoicesSimulator.EXTERNAL_ID, document.id());
    }

    @Override
    protected void badCredentials(Setup setup) {
        setup.secret(ZenvoicesType.PASSWORD, "not-the-sandbox-password");
    }

    @Override
    protected void missingPermission(Setup setup) {
        zenvoices.setPermissions(ZenvoicesSimulator.SANDBOX_TENANCY, USER);
    }

    @Override
    protected void wrongSettings(Setup setup) {
        setup.setting(ZenvoicesType.COMPANY_CODE, "NOSUCHCOMPANY");
    }

    @Override
    protected ErrorReply validationError() {
        return ErrorReply.json(
                        400,
                        "{\"result\":null,\"targetUrl\":null,\"success\":false,\"error\":{\"code\":0,"
                                + "\"message\":\"Your request is not valid!\",\"details\":null,\"validationErrors\":[{\"message\":"
                                + "\"The FileContent field is not valid base64.\",\"members\":[\"fileContent\"]}]},"
                                + "\"unAuthorizedRequest\":false,\"__abp\":true}",
                        "The FileContent field is not valid base64.")
                .onPath(AssumedInboxUpload.PATH);
    }
}
