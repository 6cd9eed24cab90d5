package io.ledgerbridge.engine.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.ConnectionParser;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.spi.CommonSetting;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Configurations written by release 0.1.0 keep working now that the common settings belong to the engine. */
class ReleaseSettingsCompatibilityTest {
    private static final Set<String> COMMON = Set.copyOf(CommonSetting.keys());

    @Test
    void aSevdeskConnectionOfTheLastReleaseKeepsItsRoutingRules() throws IOException {
        Map<String, Object> cfg = cfg("io.ledgerbridge.connector.sevdesk-export.cfg");
        Connection c = ConnectionParser.parse(
                "io.ledgerbridge.connector.sevdesk~export", "io.ledgerbridge.connector.sevdesk", cfg);
        assertEquals(List.of(), c.problems());
        assertTrue(c.sends());
        assertEquals(
                Set.of(LifecycleEvent.FINALIZED, LifecycleEvent.PAID), c.rules().triggers());
        assertEquals(
                Set.of(DocumentType.SALES_INVOICE, DocumentType.RECEIPT),
                c.rules().documentTypes());
        assertEquals(Set.of("dogs"), c.rules().tags());
        assertEquals("sevdesk Buchhaltung", c.name());
        assertEquals(
                List.of(),
                SettingsCheck.check(
                        FakeOcd.of(
                                "io.ledgerbridge.connector.sevdesk",
                                "apiToken",
                                "contactCategory",
                                "sendType",
                                "baseUrl"),
                        cfg,
                        COMMON,
                        false));
    }

    @Test
    void aBillomatImportAccountOfTheLastReleaseIsStillAnImportWithItsDefaults() throws IOException {
        Map<String, Object> cfg = cfg("io.ledgerbridge.connector.billomat-import.cfg");
        Connection c = ConnectionParser.parse(
                "io.ledgerbridge.connector.billomat~import", "io.ledgerbridge.connector.billomat", cfg);
        assertEquals(List.of(), c.problems());
        assertEquals(Connection.Role.IMPORT, c.role());
        assertEquals("demo-hundeschule", c.property(CommonSetting.IMPORT_TENANT.key()));
        assertEquals(
                List.of(),
                SettingsCheck.check(
                        FakeOcd.of(
                                "io.ledgerbridge.connector.billomat",
                                "note",
                                "billomatId",
                                "apiKey",
                                "appId",
                                "appSecret",
                                "baseUrl",
                                "target"),
                        cfg,
                        COMMON,
                        false));
    }

    private static Map<String, Object> cfg(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReleaseSettingsCompatibilityTest.class.getResourceAsStream("/release-0.1.0/" + name)) {
            p.load(in);
        }
        Map<String, Object> out = new HashMap<>();
        p.forEach((k, v) -> out.put(k.toString(), v));
        return out;
    }
}
