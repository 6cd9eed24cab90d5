/**
 * What every HTTP connector shares: a pooled Apache HttpClient 5 behind a small fluent JSON API
 * ({@link io.ledgerbridge.connector.kit.HttpJson}, {@link io.ledgerbridge.connector.kit.Request},
 * {@link io.ledgerbridge.connector.kit.Response}), the one checked exception a connector's client throws
 * ({@link io.ledgerbridge.connector.kit.ConnectorException}) with its mapping to the SPI's typed outcomes, the
 * classification of HTTP statuses ({@link io.ledgerbridge.connector.kit.StatusClassifier}), rate-limit headers
 * ({@link io.ledgerbridge.connector.kit.RateLimitHeaders}) and the redaction of secrets in logs and messages
 * ({@link io.ledgerbridge.connector.kit.Redactor}).
 *
 * <p>Nothing here starts a thread or retries: the engine owns threads, pacing and retries.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.ledgerbridge.connector.kit;
