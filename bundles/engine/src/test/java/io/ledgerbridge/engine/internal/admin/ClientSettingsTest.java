package io.ledgerbridge.engine.internal.admin;

import static io.ledgerbridge.model.service.SettingOrigin.OWN;
import static io.ledgerbridge.model.service.SettingOrigin.PARTNER;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerbridge.model.service.SettingOrigin;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The partner → client rule, case by case: what a client connection stores and where each value comes from. */
class ClientSettingsTest {
    private static final Set<String> SECRETS = Set.of("apiToken");
    private static final Map<String, Object> PARTNER_SETTINGS = Map.of(
            "tenant",
            "acme",
            "name",
            "sevdesk",
            "active",
            true,
            "baseUrl",
            "https://partner.example",
            "apiToken",
            "partner-token",
            "sendType",
            "VPDF",
            "documentTypes",
            new String[] {"SALES_INVOICE", "CREDIT_NOTE"});
    private static final Map<String, Object> PARTNER_CHANGED =
            with(PARTNER_SETTINGS, "baseUrl", "https://new.example", "sendType", "VM", "apiToken", "rotated-token");
    private static final Map<String, Object> PARTNER_OFF = with(PARTNER_SETTINGS, "active", false);
    private static final Map<String, Object> NEW =
            Map.of("tenant", "acme-client", "partnerConnection", "p1", "name", "sevdesk (client)", "active", true);

    /** One expected setting: its stored value (null: none) and origin (null: none). */
    record Is(String key, Object value, SettingOrigin origin) {}

    static Stream<Arguments> rules() {
        Map<String, Object> ownType = created("sendType", "VM");
        Map<String, Object> ownToken = created("apiToken", "client-token");
        return Stream.of(
                rule(
                        "a new client inherits every setting but its own",
                        PARTNER_SETTINGS,
                        Map.of(),
                        NEW,
                        is("baseUrl", "https://partner.example", PARTNER),
                        is("apiToken", "partner-token", PARTNER),
                        is("sendType", "VPDF", PARTNER),
                        is("tenant", "acme-client", OWN),
                        overrides()),
                rule(
                        "a new client's own value",
                        PARTNER_SETTINGS,
                        Map.of(),
                        with(NEW, "sendType", "VM"),
                        is("sendType", "VM", OWN),
                        overrides("sendType")),
                rule(
                        "a value equal to the partner's follows the partner",
                        PARTNER_SETTINGS,
                        Map.of(),
                        with(NEW, "sendType", " VPDF", "documentTypes", List.of("CREDIT_NOTE", "SALES_INVOICE")),
                        is("sendType", "VPDF", PARTNER),
                        is("documentTypes", List.of("SALES_INVOICE", "CREDIT_NOTE"), PARTNER),
                        overrides()),
                rule(
                        "an empty value follows the partner",
                        PARTNER_SETTINGS,
                        Map.of(),
                        with(NEW, "sendType", "", "baseUrl", List.of()),
                        is("sendType", "VPDF", PARTNER),
                        is("baseUrl", "https://partner.example", PARTNER),
                        overrides()),
                rule(
                        "an own value is kept across a partner change",
                        PARTNER_CHANGED,
                        ownType,
                        Map.of(),
                        is("sendType", "VM", OWN),
                        is("baseUrl", "https://new.example", PARTNER),
                        is("apiToken", "rotated-token", PARTNER),
                        overrides("sendType")),
                rule(
                        "an own value the partner now has too stays own",
                        with(PARTNER_SETTINGS, "sendType", "VM"),
                        ownType,
                        Map.of(),
                        is("sendType", "VM", OWN),
                        overrides("sendType")),
                rule(
                        "an emptied own value follows the partner again",
                        PARTNER_SETTINGS,
                        ownType,
                        Map.of("sendType", ""),
                        is("sendType", "VPDF", PARTNER),
                        overrides()),
                rule(
                        "an own value set to the partner's follows the partner again",
                        PARTNER_SETTINGS,
                        ownType,
                        Map.of("sendType", "VPDF"),
                        is("sendType", "VPDF", PARTNER),
                        overrides()),
                rule(
                        "an inherited value changed becomes the client's own",
                        PARTNER_SETTINGS,
                        created(),
                        Map.of("baseUrl", "https://client.example"),
                        is("baseUrl", "https://client.example", OWN),
                        is("sendType", "VPDF", PARTNER),
                        overrides("baseUrl")),
                rule(
                        "a setting the partner lacks, emptied, is gone",
                        PARTNER_SETTINGS,
                        created("contactCategory", "4"),
                        Map.of("contactCategory", ""),
                        is("contactCategory", null, null),
                        overrides()),
                rule(
                        "an empty secret keeps the client's own secret",
                        PARTNER_CHANGED,
                        ownToken,
                        Map.of("apiToken", ""),
                        is("apiToken", "client-token", OWN),
                        overrides("apiToken")),
                rule(
                        "an empty secret keeps following the partner's",
                        PARTNER_CHANGED,
                        created(),
                        Map.of("apiToken", ""),
                        is("apiToken", "rotated-token", PARTNER),
                        overrides()),
                rule(
                        "a null secret drops the client's own and follows the partner",
                        PARTNER_SETTINGS,
                        ownToken,
                        with(Map.of(), "apiToken", null),
                        is("apiToken", "partner-token", PARTNER),
                        overrides()),
                rule(
                        "a new secret is the client's own",
                        PARTNER_SETTINGS,
                        created(),
                        Map.of("apiToken", "client-token"),
                        is("apiToken", "client-token", OWN),
                        overrides("apiToken")),
                rule(
                        "an entered secret is own even when it is the partner's (secrets are never shown)",
                        PARTNER_SETTINGS,
                        created(),
                        Map.of("apiToken", "partner-token"),
                        is("apiToken", "partner-token", OWN),
                        overrides("apiToken")),
                rule(
                        "tenant, name, active and partner connection are never inherited",
                        PARTNER_SETTINGS,
                        Map.of(),
                        with(NEW, "name", "sevdesk", "active", false, "tenant", "acme"),
                        is("name", "sevdesk", OWN),
                        is("active", false, OWN),
                        is("tenant", "acme", OWN),
                        is("partnerConnection", "p1", OWN),
                        overrides()),
                rule(
                        "a client without a name does not take the partner's",
                        PARTNER_SETTINGS,
                        Map.of(),
                        with(NEW, "name", null),
                        is("name", null, OWN)),
                rule(
                        "a partner switched off leaves the client's own switch on",
                        PARTNER_OFF,
                        created(),
                        Map.of(),
                        is("active", true, OWN),
                        is("sendType", "VPDF", PARTNER)),
                rule(
                        "a recorded override list from a .cfg file is read",
                        PARTNER_CHANGED,
                        with(
                                created("sendType", "VM", "baseUrl", "https://client.example"),
                                "clientOverrides",
                                "sendType, baseUrl"),
                        Map.of(),
                        is("sendType", "VM", OWN),
                        is("baseUrl", "https://client.example", OWN),
                        overrides("baseUrl", "sendType")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRule(
            String name,
            Map<String, Object> partner,
            Map<String, Object> stored,
            Map<String, Object> change,
            List<Is> expected) {
        ClientSettings.Result r = ClientSettings.apply(partner, stored, change, SECRETS);
        assertEquals(r.origins(), ClientSettings.origins(r.settings()), "the stored settings tell the same origins");
        assertAll(expected.stream().map(e -> (Executable) () -> {
            Object value = r.settings().get(e.key());
            assertEquals(e.value(), value instanceof Object[] a ? List.of(a) : value, e.key() + "'s value");
            assertEquals(e.origin(), r.origins().get(e.key()), e.key() + "'s origin");
        }));
    }

    @Test
    void everySettingOfAPartnerConnectionIsItsOwn() {
        Map<String, SettingOrigin> origins = ClientSettings.origins(
                with(PARTNER_SETTINGS, "service.pid", "p1", "felix.fileinstall.filename", "file:/etc/x.cfg"));
        assertEquals(Set.of(OWN), Set.copyOf(origins.values()));
        assertEquals(
                Set.of("tenant", "name", "active", "baseUrl", "apiToken", "sendType", "documentTypes"),
                origins.keySet());
    }

    @Test
    void aChangeKeepsWhatIsNotGivenAndAStoredSecretWhenGivenEmpty() {
        Map<String, Object> changed = ClientSettings.changed(
                PARTNER_SETTINGS, with(Map.of("sendType", "VM", "apiToken", ""), "baseUrl", null), SECRETS);
        assertEquals("VM", changed.get("sendType"));
        assertEquals("partner-token", changed.get("apiToken"));
        assertEquals(null, changed.get("baseUrl"), "null removes a setting that is no secret");
        assertEquals("acme", changed.get("tenant"));
    }

    private static Arguments rule(
            String name,
            Map<String, Object> partner,
            Map<String, Object> stored,
            Map<String, Object> change,
            Is... expected) {
        return Arguments.of(name, partner, stored, change, List.of(expected));
    }

    private static Is is(String key, Object value, SettingOrigin origin) {
        return new Is(key, value, origin);
    }

    /** The recorded names of the client's own values. */
    private static Is overrides(String... names) {
        return new Is(ClientSettings.OVERRIDES, Arrays.asList(names), null);
    }

    /** A client connection as stored after it was created with these values of its own. */
    private static Map<String, Object> created(Object... own) {
        return ClientSettings.apply(PARTNER_SETTINGS, Map.of(), with(NEW, own), SECRETS)
                .settings();
    }

    /** A copy with these keys and values (a null value too). */
    private static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
        Map<String, Object> out = new HashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put((String) keyValues[i], keyValues[i + 1]);
        }
        return out;
    }
}
