package io.ledgerbridge.sandbox.internal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArgsConfigTest {

    @Test
    void argumentsUseTheKarafNamesAndEverythingElseKeepsItsDefault() {
        SandboxConfig config = ArgsConfig.parse("--sevdesk.port=0", "billomat.quota=50", "host=0.0.0.0");
        assertEquals(0, config.sevdesk_port());
        assertEquals(50, config.billomat_quota());
        assertEquals("0.0.0.0", config.host());
        assertEquals(8282, config.billomat_port());
        assertEquals("2.0", config.sevdesk_systemVersion());
        assertEquals(SandboxConfig.class, config.annotationType());
    }

    @Test
    void aWrongArgumentIsNamedWithWhatIsWrong() {
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> ArgsConfig.parse("sevdesk.prot=1"));
        assertTrue(unknown.getMessage().startsWith("unknown option 'sevdesk.prot=1'; known: ["), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("sevdesk.port"), unknown.getMessage());
        assertEquals(
                "option 'billomat.port' must be a whole number, not 'x'",
                assertThrows(IllegalArgumentException.class, () -> ArgsConfig.parse("billomat.port=x"))
                        .getMessage());
        assertEquals(
                "option 'host' needs a value: host=...",
                assertThrows(IllegalArgumentException.class, () -> ArgsConfig.parse("host"))
                        .getMessage());
    }
}
