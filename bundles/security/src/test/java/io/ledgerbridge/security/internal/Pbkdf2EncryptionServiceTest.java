package io.ledgerbridge.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.karaf.jaas.modules.Encryption;
import org.junit.jupiter.api.Test;

class Pbkdf2EncryptionServiceTest {
    private final Pbkdf2EncryptionService service = new Pbkdf2EncryptionService();

    @Test
    void theOptionsOfTheShippedJaasConfigurationGiveAPbkdf2Encryption() {
        Encryption encryption =
                service.createEncryption(Map.of("algorithm", "PBKDF2WithHmacSHA256", "iterations", "210000"));
        String stored = encryption.encryptPassword("pw");

        assertTrue(stored.startsWith("pbkdf2-sha256$210000$"), stored);
        assertTrue(encryption.checkPassword("pw", stored));
        assertFalse(encryption.checkPassword("other", stored));
    }

    @Test
    void aRememberedSuccessDoesNotOpenAChangedPassword() {
        Encryption encryption = service.createEncryption(Map.of());
        String before = encryption.encryptPassword("pw");
        assertTrue(encryption.checkPassword("pw", before));

        String after = encryption.encryptPassword("new-pw");

        assertFalse(encryption.checkPassword("pw", after));
        assertTrue(encryption.checkPassword("new-pw", after));
        assertTrue(encryption.checkPassword("pw", before));
    }

    @Test
    void anotherAlgorithmOrTooFewIterationsAreRefusedByName() {
        IllegalArgumentException algorithm = assertThrows(
                IllegalArgumentException.class, () -> service.createEncryption(Map.of("algorithm", "SHA-256")));
        IllegalArgumentException iterations = assertThrows(
                IllegalArgumentException.class, () -> service.createEncryption(Map.of("iterations", "1000")));
        IllegalArgumentException notANumber = assertThrows(
                IllegalArgumentException.class, () -> service.createEncryption(Map.of("iterations", "many")));

        assertEquals(
                "encryption.algorithm must be PBKDF2WithHmacSHA256 for encryption.name = pbkdf2, not SHA-256",
                algorithm.getMessage());
        assertTrue(iterations.getMessage().startsWith("encryption.iterations must be between"));
        assertEquals("encryption.iterations must be a whole number, not many", notANumber.getMessage());
    }
}
