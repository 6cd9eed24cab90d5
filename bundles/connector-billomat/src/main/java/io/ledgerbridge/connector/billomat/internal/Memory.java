package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.model.spi.ConnectionContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What the connector remembers per connection, so that repeated and resumed attempts neither call nor create twice:
 * customer number to Billomat client, document to invoice (and whether it is completed and paid), document to inbox
 * document. Each step is remembered as soon as Billomat confirmed it.
 */
final class Memory {
    /** The engine stores keys of up to 200 characters. */
    private static final int MAX_KEY = 200;

    private final ConnectionContext context;

    Memory(ConnectionContext context) {
        this.context = context;
    }

    Optional<String> clientOfCustomer(String customerNumber) {
        return recall("client:" + customerNumber);
    }

    void clientOfCustomer(String customerNumber, String clientId) {
        remember("client:" + customerNumber, clientId);
    }

    Optional<String> invoiceOf(String documentId) {
        return recall("invoice:" + documentId);
    }

    void invoiceOf(String documentId, String invoiceId) {
        remember("invoice:" + documentId, invoiceId);
    }

    boolean completed(String documentId) {
        return recall("completed:" + documentId).isPresent();
    }

    void completed(String documentId, String invoiceNumber) {
        remember("completed:" + documentId, invoiceNumber);
    }

    boolean paid(String documentId) {
        return recall("paid:" + documentId).isPresent();
    }

    void paid(String documentId, String paymentId) {
        remember("paid:" + documentId, paymentId);
    }

    Optional<String> inboxDocumentOf(String documentId) {
        return recall("inbox:" + documentId);
    }

    void inboxDocumentOf(String documentId, String inboxDocumentId) {
        remember("inbox:" + documentId, inboxDocumentId);
    }

    private Optional<String> recall(String key) {
        return context.recall(shortKey(key)).filter(value -> !value.isBlank());
    }

    private void remember(String key, String value) {
        context.remember(shortKey(key), value);
    }

    /** Long keys (a customer number may have 255 characters) are replaced by their SHA-256. */
    static String shortKey(String key) {
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, key.indexOf(':') + 1) + "sha256:"
                    + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
