package io.ledgerbridge.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.karaf.jaas.modules.Encryption;
import org.apache.karaf.jaas.modules.EncryptionService;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code pbkdf2} password encryption of Karaf JAAS, chosen by {@code encryption.name = pbkdf2} in
 * {@code etc/org.apache.karaf.jaas.cfg}. Options (the {@code encryption.*} keys without the prefix):
 * {@code algorithm} (only {@code PBKDF2WithHmacSHA256}) and {@code iterations} (at least 210000, the default).
 * While this service is missing, Karaf's logins fail: it never falls back to plain text.
 *
 * <p>Immediate, so one instance lives as long as the bundle: Karaf gets and ungets the service at every login, and a
 * delayed component would be disposed each time, taking the memory of verified passwords with it (every login would
 * then pay the slow hash again).
 */
@Component(service = EncryptionService.class, immediate = true, property = "name=" + Pbkdf2EncryptionService.NAME)
public class Pbkdf2EncryptionService implements EncryptionService {
    static final String NAME = "pbkdf2";
    static final String SUPPORTED_ALGORITHM = "PBKDF2WithHmacSHA256";

    private final VerifiedPasswords verified = new VerifiedPasswords(Clock.systemUTC(), Duration.ofMinutes(5));

    @Override
    public Encryption createEncryption(Map<String, String> options) {
        String algorithm = options.getOrDefault(ALGORITHM, SUPPORTED_ALGORITHM);
        if (!SUPPORTED_ALGORITHM.equalsIgnoreCase(algorithm.trim())) {
            throw new IllegalArgumentException("encryption.algorithm must be " + SUPPORTED_ALGORITHM
                    + " for encryption.name = " + NAME + ", not " + algorithm);
        }
        return new Pbkdf2Encryption(new Pbkdf2Hash(iterations(options.get("iterations"))), verified);
    }

    private static int iterations(String value) {
        if (value == null || value.isBlank()) {
            return Pbkdf2Hash.MIN_ITERATIONS;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("encryption.iterations must be a whole number, not " + value);
        }
    }
}
