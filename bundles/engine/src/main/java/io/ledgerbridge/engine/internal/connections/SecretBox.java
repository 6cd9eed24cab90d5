package io.ledgerbridge.engine.internal.connections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets (PASSWORD attributes) for storage in ConfigAdmin with AES-256-GCM. The key lives in its own file,
 * outside the configuration (created with owner-only permissions on first use).
 */
public class SecretBox {
    private static final String PREFIX = "ENC(v1:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    public SecretBox(Path keyFile) throws IOException {
        this.key = new SecretKeySpec(loadOrCreate(keyFile), "AES");
    }

    private static byte[] loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            byte[] k = Base64.getDecoder().decode(Files.readString(file).strip());
            if (k.length != 32) {
                throw new IOException("secret key file " + file + " is damaged (expected 32 bytes)");
            }
            return k;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        Files.writeString(
                file,
                Base64.getEncoder().encodeToString(k) + "\n",
                StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's ACL applies
        }
        return k;
    }

    /** True for a value produced by {@link #encrypt(String)}. */
    public static boolean isEncrypted(String value) {
        return value != null && value.startsWith(PREFIX) && value.endsWith(")");
    }

    public String encrypt(String plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(ct, 0, out, iv.length, ct.length);
            return PREFIX + Base64.getEncoder().encodeToString(out) + ")";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a secret", e);
        }
    }

    /** The plain text of an encrypted value; a value that is not encrypted is returned as it is. */
    public String decrypt(String value) {
        if (!isEncrypted(value)) {
            return value;
        }
        try {
            byte[] in = Base64.getDecoder().decode(value.substring(PREFIX.length(), value.length() - 1));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "a stored secret cannot be decrypted with this installation's key; enter it again", e);
        }
    }
}
