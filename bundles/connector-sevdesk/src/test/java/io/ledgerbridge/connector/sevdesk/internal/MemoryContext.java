package io.ledgerbridge.connector.sevdesk.internal;

import io.ledgerbridge.model.spi.ConnectionContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A connection context for tests: one API token, the connection's memory and the documents' files in maps. */
final class MemoryContext implements ConnectionContext {
    final Map<String, String> memory = new ConcurrentHashMap<>();
    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final String token;

    MemoryContext(String token) {
        this.token = token;
    }

    @Override
    public String connectionId() {
        return "io.ledgerbridge.connector.sevdesk~test";
    }

    @Override
    public String tenantId() {
        return "demo";
    }

    @Override
    public Optional<String> secret(String attribute) {
        return SevdeskConnector.TOKEN.equals(attribute) ? Optional.ofNullable(token) : Optional.empty();
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
