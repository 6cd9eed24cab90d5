package io.ledgerbridge.connector.onecockpit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.spi.CommonSetting;
import io.ledgerbridge.model.spi.SettingGroup;
import io.ledgerbridge.model.spi.SettingsLayout;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form and the per-field checks of a OneCockpit connection. */
class OneCockpitTypeTest {
    private final OneCockpitType type = new OneCockpitType();

    @Test
    void invoicesGoWhenFinalizedAndPaidByDefault() {
        SettingsLayout layout = type.settingsLayout();
        assertEquals(List.of("FINALIZED", "PAID"), layout.defaultOf(CommonSetting.TRIGGERS));
        assertEquals(SettingGroup.ADVANCED, layout.groupOf(OneCockpitType.BASE_URL));
        assertEquals(SettingGroup.CONNECTION, layout.groupOf(OneCockpitType.USER));
    }

    /** The engine refuses a new connection whose stored defaults are not among the setting's options. */
    @Test
    void everyDefaultTriggerIsOneThePlatformOffers() {
        List<String> offered = CommonSetting.TRIGGERS.options().stream()
                .map(CommonSetting.Option::value)
                .toList();
        for (String trigger : type.settingsLayout().defaultOf(CommonSetting.TRIGGERS)) {
            assertTrue(offered.contains(trigger), trigger + " is not among " + offered);
        }
    }

    @Test
    void aWorkingConnectionHasNoFieldErrors() {
        assertTrue(type.validate(Map.of(
                        OneCockpitType.USER, "buchhaltung@agentur.example",
                        OneCockpitType.PASSWORD, "secret",
                        OneCockpitType.BASE_URL, "https://app.onecockpit.de"))
                .isEmpty());
        assertTrue(type.validate(
                        Map.of(OneCockpitType.BASE_URL, "http://127.0.0.1:8284", OneCockpitType.API_TOKEN, "token"))
                .isEmpty());
    }

    @Test
    void withNeitherPasswordNorTokenThePasswordIsAskedFor() {
        List<FieldError> errors = type.validate(Map.of(OneCockpitType.USER, "buchhaltung@agentur.example"));
        assertEquals(
                List.of(OneCockpitType.PASSWORD),
                errors.stream().map(FieldError::field).toList());
        assertTrue(
                errors.get(0).message().startsWith("is required to authenticate"),
                errors.get(0).message());
    }

    @Test
    void aBlankUserAndAnAddressThatIsNotHttpsAreNamed() {
        List<FieldError> errors = type.validate(Map.of(
                OneCockpitType.USER, " ",
                OneCockpitType.API_TOKEN, "token",
                OneCockpitType.BASE_URL, "http://onecockpit.example"));
        assertEquals(
                List.of(OneCockpitType.USER, OneCockpitType.BASE_URL),
                errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(1).message().contains("https"), errors.get(1).message());
        assertEquals(
                1,
                type.validate(Map.of(OneCockpitType.BASE_URL, "app.onecockpit.de", OneCockpitType.API_TOKEN, "t"))
                        .size());
    }

    @Test
    void aPastedApiAddressIsReadAsItsServer() {
        assertEquals("https://app.onecockpit.de", OneCockpitClient.root("https://app.onecockpit.de/api/v1/"));
        assertEquals("http://127.0.0.1:8284", OneCockpitClient.root(" http://127.0.0.1:8284/ "));
    }
}
