package io.ledgerbridge.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes as one self-describing string, {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (salt
 * and hash in base64 without padding): PBKDF2WithHmacSHA256, a random 16-byte salt per password, a 256-bit hash.
 * Also verifies the unsalted SHA-256 hex values the distribution stored before, so an existing users.properties keeps
 * working. No OSGi imports.
 */
final class Pbkdf2Hash {
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    static final int MIN_ITERATIONS = 210_000;

    static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** The longest iteration count accepted from a stored value, so a tampered one cannot stall a login. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private static final Pattern LEGACY_SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    Pbkdf2Hash(int iterations) {
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("encryption.iterations must be between " + MIN_ITERATIONS + " and "
                    + MAX_ITERATIONS + ", not " + iterations);
        }
        this.iterations = iterations;
    }

    /** A new hash of the password, with a salt of its own. */
    String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /**
     * True when the password matches the stored value: a hash of {@link #hash}, or a legacy unsalted SHA-256 hex
     * value. A value of neither form (tampered, truncated, plain text) never matches.
     */
    boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        if (LEGACY_SHA256_HEX.matcher(stored).matches()) {
            return MessageDigest.isEqual(sha256(password), HexFormat.of().parseHex(stored.toLowerCase()));
        }
        Stored parsed = Stored.parse(stored);
        return parsed != null
                && MessageDigest.isEqual(derive(password, parsed.salt(), parsed.iterations()), parsed.hash());
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] sha256(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    /** The parts of a stored hash, or null when the string is not one. */
    private record Stored(int iterations, byte[] salt, byte[] hash) {
        static Stored parse(String stored) {
            String[] parts = stored == null ? new String[0] : stored.split("\\$", -1);
            if (parts.length != 4 || !SCHEME.equals(parts[0]) || !parts[1].matches("[0-9]{1,8}")) {
                return null;
            }
            int iterations = Integer.parseInt(parts[1]);
            try {
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] hash = Base64.getDecoder().decode(parts[3]);
                boolean wellFormed = iterations >= 1
                        && iterations <= MAX_ITERATIONS
                        && salt.length == SALT_BYTES
                        && hash.length == HASH_BITS / 8;
                return wellFormed ? new Stored(iterations, salt, hash) : null;
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
    }
}
