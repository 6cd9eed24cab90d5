package io.ledgerbridge.sandbox.internal.sevdesk;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes the way sevdesk names uploaded files (md5) and reports their content (sha256). */
final class FileHashes {

    private FileHashes() {}

    static String md5(byte[] content) {
        return hex("MD5", content);
    }

    static String sha256(byte[] content) {
        return hex("SHA-256", content);
    }

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is always available", e);
        }
    }
}
