package io.ledgerbridge.model.spi;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the engine gives a connector for one call: the connection's identity, its decrypted secrets and a small
 * persistent memory (e.g. "customer number K-1001 is contact 4711 in the target").
 */
@ProviderType
public interface ConnectionContext {

    /** The connection's id (its configuration PID). */
    String connectionId();

    /** The tenant (partner or client) the connection belongs to. */
    String tenantId();

    /** The decrypted value of a PASSWORD attribute of the connection's configuration, or empty. */
    Optional<String> secret(String attribute);

    /** The content of one of the document's attachments (its PDF or e-invoice), by the SHA-256 in its metadata. */
    Optional<byte[]> attachment(String sha256);

    /** A value the connector remembered for this connection. */
    Optional<String> recall(String key);

    /** Remembers a value for this connection (persisted by the engine, kept across restarts). */
    void remember(String key, String value);
}
