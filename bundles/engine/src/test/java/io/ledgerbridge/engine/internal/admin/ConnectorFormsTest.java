package io.ledgerbridge.engine.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.service.ConnectorForm;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.CommonSetting;
import io.ledgerbridge.model.spi.ConnectionRole;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ConnectorType;
import io.ledgerbridge.model.spi.RateBudget;
import io.ledgerbridge.model.spi.SettingGroup;
import io.ledgerbridge.model.spi.SettingsLayout;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConnectorFormsTest {
    private static final SettingsLayout LAYOUT = SettingsLayout.builder()
            .advanced("baseUrl")
            .exportOnly("target")
            .perClient("target")
            .defaultTriggers(LifecycleEvent.APPROVED, LifecycleEvent.SENT)
            .build();

    @Test
    void anExportConnectorGetsTheCommonSettingsInFrontAndNoImportOnes() {
        ConnectorForm form = ConnectorForms.of(installed(Set.of(Capability.EXPORT), "apiToken", "baseUrl"));
        List<String> ids = form.fields().stream().map(ConnectorForm.Field::id).toList();
        assertEquals(
                List.of(
                        "name",
                        "active",
                        "apiToken",
                        "triggers",
                        "documentTypes",
                        "directions",
                        "tags",
                        "approvalRequired",
                        "dateFrom",
                        "dateTo",
                        "archiveAfterTransfer",
                        "baseUrl"),
                ids);
        assertEquals(Set.of(ConnectionRole.EXPORT), form.roles());
        Map<String, ConnectorForm.Field> byId = byId(form);
        assertEquals(SettingGroup.ADVANCED, byId.get("baseUrl").group());
        assertTrue(byId.get("documentTypes").common());
        assertFalse(byId.get("apiToken").common());
        assertEquals(
                List.of("APPROVED", "SENT"),
                byId.get("triggers").defaults().stream().sorted().toList());
        assertEquals(List.of("Acme"), byId.get("name").defaults());
        assertEquals("DATE", byId.get("dateFrom").type());
    }

    @Test
    void anImportCapableConnectorOffersTheRoleAndImportSettingsForImportOnly() {
        Map<String, ConnectorForm.Field> byId =
                byId(ConnectorForms.of(installed(Set.of(Capability.EXPORT, Capability.IMPORT), "apiToken", "target")));
        assertTrue(byId.containsKey("role"));
        assertEquals(
                Set.of(ConnectionRole.IMPORT), byId.get("importIntervalMinutes").roles());
        assertEquals(SettingGroup.IMPORT, byId.get("importTags").group());
        assertEquals(Set.of(ConnectionRole.EXPORT), byId.get("target").roles());
        assertEquals(
                Set.of(ConnectionRole.EXPORT, ConnectionRole.IMPORT),
                byId.get("apiToken").roles());
        assertFalse(byId.containsKey("tenant") || byId.containsKey("partnerConnection"), "set by the page, not asked");
    }

    @Test
    void aSettingEachClientSetsItselfIsMarkedSoTheClientsFormAsksForIt() {
        Map<String, ConnectorForm.Field> byId =
                byId(ConnectorForms.of(installed(Set.of(Capability.EXPORT), "apiToken", "target")));
        assertTrue(byId.get("target").perClient());
        assertFalse(byId.get("apiToken").perClient());
        assertFalse(byId.get("name").perClient(), "common settings follow their own rule");
    }

    @Test
    void aCommonSettingDeclaredAgainInTheOcdIsShownOnceAsTheCommonOne() {
        ConnectorForm form = ConnectorForms.of(installed(Set.of(Capability.EXPORT), "apiToken", "active"));
        assertEquals(
                1, form.fields().stream().filter(f -> f.id().equals("active")).count());
        assertTrue(byId(form).get("active").common());
    }

    @Test
    void defaultsAreStoredWithANewConnectionForItsRoleOnly() {
        Map<String, Object> export = CommonDefaults.applied(Map.of("apiToken", "x"), LAYOUT);
        assertEquals(
                List.of("APPROVED", "SENT"),
                ((List<?>) export.get("triggers"))
                        .stream().map(Object::toString).sorted().toList());
        assertFalse(export.containsKey(CommonSetting.IMPORT_INTERVAL.key()));
        Map<String, Object> imports = CommonDefaults.applied(Map.of("role", "import"), LAYOUT);
        assertEquals("15", imports.get(CommonSetting.IMPORT_INTERVAL.key()));
        assertFalse(imports.containsKey("triggers"));
        assertEquals(
                List.of("PAID"),
                CommonDefaults.applied(Map.of("triggers", List.of("PAID")), LAYOUT)
                        .get("triggers"));
    }

    private static Map<String, ConnectorForm.Field> byId(ConnectorForm form) {
        return form.fields().stream().collect(Collectors.toMap(ConnectorForm.Field::id, Function.identity()));
    }

    private static InstalledConnectors.Installed installed(Set<Capability> capabilities, String... ownSettings) {
        ConnectorInfo info = new ConnectorInfo(
                "acme",
                "Acme",
                "Ledgerbridge",
                "Sends documents to Acme.",
                capabilities,
                new RateBudget(10, Duration.ofSeconds(1), 2, 1));
        ConnectorType type = new ConnectorType() {
            @Override
            public ConnectorInfo describe() {
                return info;
            }

            @Override
            public SettingsLayout settingsLayout() {
                return LAYOUT;
            }
        };
        return new InstalledConnectors.Installed(info, type, FakeOcd.of(info.factoryPid(), ownSettings), "1.0.0");
    }
}
