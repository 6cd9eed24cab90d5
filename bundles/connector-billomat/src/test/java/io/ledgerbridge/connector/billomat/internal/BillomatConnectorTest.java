package io.ledgerbridge.connector.billomat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.RateBudget;
import io.ledgerbridge.model.spi.TestResult;
import io.ledgerbridge.sandbox.BillomatSimulator;
import io.ledgerbridge.sandbox.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connection test through clients/myself, the declared rate budget and the checks of an account's settings. */
class BillomatConnectorTest {
    private final BillomatSimulator billomat = BillomatSimulator.start(0);

    @AfterEach
    void stop() {
        billomat.close();
    }

    private TestResult test(BillomatConnector connector, FakeContext context) {
        try {
            return connector.test(context);
        } finally {
            connector.deactivate();
        }
    }

    @Test
    void theTestNamesTheAccountAndWhatIsLeftOfTheLimit() {
        TestResult ok = test(
                Configs.connector(Configs.sandbox(billomat.rootUrl())),
                Configs.context(BillomatSimulator.SANDBOX_API_KEY));
        assertTrue(ok.ok(), ok.message());
        assertTrue(
                ok.message().contains("(sandbox)") && ok.message().contains("299 of 300 requests left"), ok.message());
        assertEquals(
                "/sandbox/api/clients/myself",
                billomat.control().requests().get(0).path());
    }

    @Test
    void anUnknownIdAWrongKeyAndMissingRightsGetTheirOwnMessages() {
        TestResult unknown = test(
                Configs.connector(Configs.sandbox(billomat.rootUrl(), "billomatId", "nobody")),
                Configs.context(BillomatSimulator.SANDBOX_API_KEY));
        assertEquals(FailureKind.CONFIGURATION, unknown.kind());
        assertTrue(unknown.message().startsWith("Billomat does not know the Billomat ID 'nobody'"), unknown.message());
        TestResult wrongKey = test(Configs.connector(Configs.sandbox(billomat.rootUrl())), Configs.context("wrong"));
        assertEquals(FailureKind.AUTH, wrongKey.kind());
        assertTrue(wrongKey.message().startsWith("Billomat rejected the API key"), wrongKey.message());
        billomat.control().inject(Fault.status(403, "no rights").onPath("/clients/myself"));
        TestResult rights = test(
                Configs.connector(Configs.sandbox(billomat.rootUrl())),
                Configs.context(BillomatSimulator.SANDBOX_API_KEY));
        assertEquals(FailureKind.PERMISSION, rights.kind());
        assertTrue(
                rights.message().startsWith("the Billomat user who owns this API key lacks the rights"),
                rights.message());
        assertEquals(
                3,
                List.of(unknown.message(), wrongKey.message(), rights.message()).stream()
                        .distinct()
                        .count());
    }

    @Test
    void appCredentialsRaiseTheDeclaredBudgetAndAreSent() {
        RateBudget plain = new BillomatType().describe().rateBudget();
        assertEquals(new RateBudget(300, Duration.ofMinutes(15), 2, 2), plain);
        BillomatConnector app = Configs.connector(Configs.sandbox(
                billomat.rootUrl(), "appId", BillomatSimulator.SANDBOX_APP_ID, "appSecret", "ENC(v1:stored)"));
        assertEquals(1000, app.describe().rateBudget().requests());
        assertTrue(app.describe().capabilities().containsAll(List.of(Capability.EXPORT, Capability.IMPORT)));
        FakeContext context = Configs.context(BillomatSimulator.SANDBOX_API_KEY);
        context.secret("appSecret", BillomatSimulator.SANDBOX_APP_SECRET);
        TestResult ok = test(app, context);
        assertTrue(ok.message().contains("999 of 1000"), ok.message());
        context.secret("appSecret", "wrong");
        assertEquals(
                FailureKind.AUTH,
                test(
                                Configs.connector(Configs.sandbox(
                                        billomat.rootUrl(),
                                        "appId",
                                        BillomatSimulator.SANDBOX_APP_ID,
                                        "appSecret",
                                        "ENC(v1:stored)")),
                                context)
                        .kind());
    }

    @Test
    void settingsAreChecked() {
        BillomatType type = new BillomatType();
        assertEquals(
                List.of(),
                type.validate(Map.of("billomatId", "meine-firma", "baseUrl", BillomatType.DEFAULT_BASE_URL)));
        assertEquals(
                List.of(),
                type.validate(Map.of("billomatId", "x", "baseUrl", "http://127.0.0.1:8282/{billomatId}/api/")));
        List<FieldError> pasted = type.validate(Map.of("billomatId", "meinefirma.billomat.net"));
        assertEquals("billomatId", pasted.get(0).field());
        assertTrue(pasted.get(0).message().contains("only the part before .billomat.net"));
        assertEquals(
                "billomatId",
                type.validate(Map.of("billomatId", "-bad_id")).get(0).field());
        assertEquals(
                "baseUrl",
                type.validate(Map.of("baseUrl", "ftp://x/{billomatId}")).get(0).field());
        assertEquals(
                "appSecret", type.validate(Map.of("appId", "my-app")).get(0).field());
        assertEquals(
                "appId", type.validate(Map.of("appSecret", "s3cret")).get(0).field());
        assertFalse(BillomatType.validBillomatId("a".repeat(64)));
    }
}
