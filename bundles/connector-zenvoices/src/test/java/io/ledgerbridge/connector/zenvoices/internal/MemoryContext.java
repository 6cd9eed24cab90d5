package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.model.spi.ConnectionContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A connection context for tests: the password, the connection's memory and the documents' files in maps. */
final class MemoryContext implements ConnectionContext {
    final Map<String, String> memory = new ConcurrentHashMap<>();
    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final String password;

    MemoryContext(String password) {
        this.password = password;
    }

    /** Stores a file as the engine's attachment store does; returns its SHA-256. */
    String attach(byte[] content) {
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            files.put(sha, content.clone());
            return sha;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String connectionId() {
        return ZenvoicesType.PID + "~test";
    }

    @Override
    public String tenantId() {
        return "demo";
    }

    @Override
    public Optional<String> secret(String attribute) {
        return ZenvoicesType.PASSWORD.equals(attribute) ? Optional.ofNullable(password) : Optional.empty();
    }

    @Override
    public Optional<byte[]> attachment(String sha256) {
        return Optional.ofNullable(files.get(sha256));
    }

    @Override
    public Optional<String> recall(String key) {
        return Optional.ofNullable(memory.get(key));
    }

    @Override
    public void remember(String key, String value) {
        memory.put(key, value);
    }
}
