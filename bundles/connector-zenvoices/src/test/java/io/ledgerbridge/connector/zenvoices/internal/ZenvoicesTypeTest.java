package io.ledgerbridge.connector.zenvoices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.spi.CommonSetting;
import io.ledgerbridge.model.spi.SettingGroup;
import io.ledgerbridge.model.spi.SettingsLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks of a connection's settings, named per field, and the form's layout. */
class ZenvoicesTypeTest {
    private final ZenvoicesType type = new ZenvoicesType();

    private static Map<String, Object> partner() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("tenant", "demo");
        settings.put("userName", "api@firm.example");
        settings.put("password", "secret");
        settings.put("organizationCode", "FIRM");
        settings.put("companyCode", "FIRM01");
        settings.put("baseUrl", ZenvoicesType.DEFAULT_BASE_URL);
        return settings;
    }

    private List<String> fields(Map<String, Object> settings) {
        return type.validate(settings).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompletePartnerConnectionIsValid() {
        assertEquals(List.of(), type.validate(partner()));
    }

    @Test
    void anOrganizationCodeWithSpacesIsNamed() {
        Map<String, Object> settings = partner();
        settings.put("organizationCode", "My Firm");
        List<FieldError> errors = type.validate(settings);
        assertEquals(
                List.of("organizationCode"),
                errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("without spaces"));
    }

    @Test
    void theBaseUrlMustBeHttpsExceptOnTheLoopbackInterface() {
        Map<String, Object> settings = partner();
        for (String bad : List.of(
                "http://app.zenvoices.com",
                "ftp://app.zenvoices.com",
                "app.zenvoices.com",
                "https://app.zenvoices.com?x=1",
                "http://10.0.0.5:8283")) {
            settings.put("baseUrl", bad);
            assertEquals(List.of("baseUrl"), fields(settings), bad);
        }
        for (String good : List.of(
                "https://app.zenvoices.com",
                "https://app.zenvoices.com/public-api/v1/",
                "http://localhost:8283",
                "http://127.0.0.1:8283",
                "http://[::1]:8283")) {
            settings.put("baseUrl", good);
            assertEquals(List.of(), fields(settings), good);
        }
    }

    @Test
    void theCompanyCodeIsRequired() {
        Map<String, Object> settings = partner();
        settings.put("companyCode", " ");
        assertEquals(List.of("companyCode"), fields(settings));
    }

    @Test
    void aClientsConnectionNeedsItsOwnCompanyCodeNotThePartners() {
        Map<String, Object> client = partner(); // as the engine merges it: the partner's values laid under
        client.put("tenant", "demo-baeckerei");
        client.put("partnerConnection", "io.ledgerbridge.connector.zenvoices~demo-1");
        client.put("clientOverrides", List.of());
        List<FieldError> errors = type.validate(client);
        assertEquals(
                List.of("companyCode"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().startsWith("enter this client's own company code"));
        client.put("companyCode", "BAECK01");
        client.put("clientOverrides", List.of("companyCode"));
        assertEquals(List.of(), type.validate(client));
        client.put("clientOverrides", new String[] {"companyCode"});
        assertEquals(List.of(), type.validate(client));
    }

    @Test
    void documentsGoWhenApprovedOrSentAndTheAddressIsAdvanced() {
        SettingsLayout layout = type.settingsLayout();
        assertEquals(List.of("APPROVED", "SENT"), layout.defaultOf(CommonSetting.TRIGGERS));
        assertEquals(SettingGroup.ADVANCED, layout.groupOf("baseUrl"));
        assertEquals(SettingGroup.CONNECTION, layout.groupOf("companyCode"));
    }

    @Test
    void theSettingsNormaliseAPastedApiAddress() {
        assertEquals(
                "https://app.zenvoices.com",
                new ZenvoicesSettings("https://app.zenvoices.com/public-api/v1/", "u", " ORG ", " ACME ").baseUrl());
        assertEquals("ACME", new ZenvoicesSettings(null, "u", "ORG", " ACME ").companyCode());
    }
}
