package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.model.spi.ConnectionContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A connection context in memory: the sandbox key as secret, a map as the connector's memory, files by hash. */
final class TestContext implements ConnectionContext {
    final Map<String, String> memory = new ConcurrentHashMap<>();
    final Map<String, String> secrets = new ConcurrentHashMap<>();
    final Map<String, byte[]> files = new ConcurrentHashMap<>();

    TestContext(String apiKey) {
        if (apiKey != null) {
            secrets.put("apiKey", apiKey);
        }
    }

    @Override
    public String connectionId() {
        return "io.ledgerbridge.connector.billomat~test";
    }

    @Override
    public String tenantId() {
        return "demo";
    }

    @Override
    public Optional<String> secret(String attribute) {
        return Optional.ofNullable(secrets.get(attribute));
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
