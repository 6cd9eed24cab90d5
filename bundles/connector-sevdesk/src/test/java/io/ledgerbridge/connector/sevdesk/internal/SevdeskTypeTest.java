package io.ledgerbridge.connector.sevdesk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.ConnectorInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The installed connector: its description and budget, and the checks of a connection's own settings. */
class SevdeskTypeTest {
    private final SevdeskType type = new SevdeskType();

    @Test
    void describesItselfWithAModerateBudget() {
        ConnectorInfo info = type.describe();
        assertEquals("io.ledgerbridge.connector.sevdesk", info.factoryPid());
        assertEquals(
                Set.of(Capability.EXPORT, Capability.CONTACT_SYNC, Capability.PAYMENT_STATUS), info.capabilities());
        assertEquals(10, info.rateBudget().requests());
        assertEquals(Duration.ofSeconds(1), info.rateBudget().window());
        assertEquals(2, info.rateBudget().concurrency());
        assertEquals(5, info.rateBudget().requestsPerExport());
    }

    @Test
    void acceptsAProperConnection() {
        assertEquals(
                List.of(),
                type.validate(Map.of(
                        "apiToken",
                        " 0123456789ABCDEF0123456789abcdef ",
                        "baseUrl",
                        "http://127.0.0.1:8281/api/v1",
                        "checkAccountId",
                        "5000",
                        "receiptAccount",
                        "27")));
        assertEquals(
                List.of(),
                type.validate(Map.of("checkAccountId", "", "receiptAccount", "")),
                "empty accounts are allowed");
    }

    @Test
    void namesEachWrongSetting() {
        List<FieldError> errors = type.validate(Map.of(
                "apiToken",
                "Bearer 0123456789abcdef0123456789abcdef",
                "baseUrl",
                "my.sevdesk.de",
                "checkAccountId",
                "Kasse",
                "receiptAccount",
                "4980 Betriebsbedarf"));
        assertEquals(
                List.of("apiToken", "baseUrl", "checkAccountId", "receiptAccount"),
                errors.stream().map(FieldError::field).toList());
        assertTrue(
                errors.get(0).message().contains("Verwalten > Erweiterungen > API"),
                errors.get(0).message());
        assertEquals(
                "apiToken",
                type.validate(Map.of("apiToken", "0123456789abcdef0123456789abcde"))
                        .get(0)
                        .field(),
                "31 characters");
        assertEquals(
                "apiToken",
                type.validate(Map.of("apiToken", "0123456789abcdef0123456789abcdeg"))
                        .get(0)
                        .field(),
                "not hex");
    }
}
