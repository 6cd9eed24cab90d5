package io.ledgerbridge.model.spi;

/**
 * What a document must have before a connector can take it, declared by the connector
 * ({@link ConnectorInfo#requirements()}) and checked by the engine before any call to the target. A document that
 * lacks it is held as "needs attention" with the reason, and sent once the ERP corrects it.
 */
public enum DocumentRequirement {
    /** The recipient has an e-mail address: the target assigns documents to customers by it. */
    RECIPIENT_EMAIL,
    /** No other document of the tenant, of the same type, has the same number: the target tells documents apart by it. */
    UNIQUE_NUMBER
}
