package io.ledgerbridge.connector.tck;

import io.ledgerbridge.model.spi.ConnectionContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ConnectionContext} in memory, as the engine gives one to a connector: decrypted secrets, the connection's
 * memory and the documents' attachments, each in a thread-safe map the test can read and change.
 */
public final class FakeContext implements ConnectionContext {
    private final String connectionId;
    private final String tenantId;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, String> memory = new ConcurrentHashMap<>();
    private final Map<String, byte[]> attachments = new ConcurrentHashMap<>();

    /**
     * A context for a connection of tenant {@code demo}.
     *
     * @param connectionId the connection's id, e.g. {@code io.ledgerbridge.connector.sevdesk~test}
     */
    public FakeContext(String connectionId) {
        this(connectionId, "demo");
    }

    /**
     * A context for a connection.
     *
     * @param connectionId the connection's id (its configuration PID)
     * @param tenantId the tenant the connection belongs to
     */
    public FakeContext(String connectionId, String tenantId) {
        this.connectionId = Objects.requireNonNull(connectionId, "connectionId");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    }

    /**
     * Sets the decrypted value of a PASSWORD attribute.
     *
     * @param attribute the attribute id, e.g. {@code apiToken}
     * @param value the value; null removes it
     * @return this context
     */
    public FakeContext secret(String attribute, String value) {
        if (value == null) {
            secrets.remove(attribute);
        } else {
            secrets.put(attribute, value);
        }
        return this;
    }

    /**
     * Sets several secrets at once.
     *
     * @param values attribute id to decrypted value
     * @return this context
     */
    public FakeContext secrets(Map<String, String> values) {
        values.forEach(this::secret);
        return this;
    }

    /**
     * Makes a file available to the connector, as the engine's attachment store does.
     *
     * @param content the file's bytes
     * @return the lowercase hex SHA-256 by which {@link #attachment(String)} hands it out
     */
    public String attach(byte[] content) {
        String sha = sha256(content);
        attachments.put(sha, content.clone());
        return sha;
    }

    /**
     * The connection's memory, live: what the connector remembered, and what a test puts in beforehand.
     *
     * @return the mutable map of remembered values
     */
    public Map<String, String> memory() {
        return memory;
    }

    /**
     * The files registered with {@link #attach(byte[])}, live.
     *
     * @return SHA-256 to content
     */
    public Map<String, byte[]> attachments() {
        return attachments;
    }

    @Override
    public String connectionId() {
        return connectionId;
    }

    @Override
    public String tenantId() {
        return tenantId;
    }

    @Override
    public Optional<String> secret(String attribute) {
        return Optional.ofNullable(secrets.get(attribute));
    }

    @Override
    public Optional<byte[]> attachment(String sha256) {
        return Optional.ofNullable(attachments.get(sha256)).map(byte[]::clone);
    }

    @Override
    public Optional<String> recall(String key) {
        return Optional.ofNullable(memory.get(key));
    }

    @Override
    public void remember(String key, String value) {
        memory.put(key, value);
    }

    /**
     * The SHA-256 of a content as the platform writes it in attachment metadata.
     *
     * @param content the bytes
     * @return lowercase hex
     */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
