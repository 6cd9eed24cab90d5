package io.ledgerbridge.connector.kit;

import io.ledgerbridge.connector.kit.internal.KitVersion;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one connection's {@link HttpJson} talks HTTP: timeouts, pool sizes, redirects, default headers and the status
 * classification. Immutable; made with {@link #builder(String)}.
 */
public final class HttpSettings {

    /** Default time to establish a TCP (and TLS) connection: 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default time to wait for response data once the request is sent: 30 s. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    /** Default pooled connections per host: 4 (a connection's concurrency rarely exceeds it). */
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ROUTE = 4;
    /** Default pooled connections in total: 8. */
    public static final int DEFAULT_MAX_CONNECTIONS_TOTAL = 8;
    /** Default largest response body read: 64 MiB (an inbox document with a base64 PDF fits easily). */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

    private final String connectorId;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final int maxConnectionsPerRoute;
    private final int maxConnectionsTotal;
    private final boolean followRedirects;
    private final int maxResponseBytes;
    private final Map<String, String> defaultHeaders;
    private final StatusClassifier statusClassifier;

    private HttpSettings(Builder builder) {
        this.connectorId = builder.connectorId;
        this.connectTimeout = builder.connectTimeout;
        this.responseTimeout = builder.responseTimeout;
        this.maxConnectionsPerRoute = builder.maxConnectionsPerRoute;
        this.maxConnectionsTotal = Math.max(builder.maxConnectionsTotal, builder.maxConnectionsPerRoute);
        this.followRedirects = builder.followRedirects;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.defaultHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.defaultHeaders));
        this.statusClassifier = builder.statusClassifier;
    }

    /**
     * Starts settings with the defaults for a connector.
     *
     * @param connectorId the connector's id, e.g. "sevdesk" (letters, digits, '.', '_', '-'); shown in the User-Agent
     * @return a builder
     */
    public static Builder builder(String connectorId) {
        return new Builder(connectorId);
    }

    /** {@return the connector's id} */
    public String connectorId() {
        return connectorId;
    }

    /** {@return the time allowed to establish a connection} */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** {@return the time allowed between sending the request and response data (socket read timeout)} */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /** {@return the most pooled connections to one host} */
    public int maxConnectionsPerRoute() {
        return maxConnectionsPerRoute;
    }

    /** {@return the most pooled connections in total (never less than per route)} */
    public int maxConnectionsTotal() {
        return maxConnectionsTotal;
    }

    /** {@return true when redirects are followed; false (the default) makes a 3xx a CONFIGURATION failure} */
    public boolean followRedirects() {
        return followRedirects;
    }

    /** {@return the largest response body read; a larger one is a PROTOCOL failure} */
    public int maxResponseBytes() {
        return maxResponseBytes;
    }

    /** {@return headers sent with every request unless the request sets the same header; insertion order} */
    public Map<String, String> defaultHeaders() {
        return defaultHeaders;
    }

    /** {@return how HTTP statuses are classified} */
    public StatusClassifier statusClassifier() {
        return statusClassifier;
    }

    /** {@return the User-Agent header: {@code Ledgerbridge/<version> (+<connector id>)}} */
    public String userAgent() {
        return "Ledgerbridge/" + KitVersion.VERSION + " (+" + connectorId + ")";
    }

    /** Collects {@link HttpSettings}; every setter checks its value at once. */
    public static final class Builder {
        private final String connectorId;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
        private int maxConnectionsPerRoute = DEFAULT_MAX_CONNECTIONS_PER_ROUTE;
        private int maxConnectionsTotal = DEFAULT_MAX_CONNECTIONS_TOTAL;
        private boolean followRedirects;
        private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
        private StatusClassifier statusClassifier = StatusClassifier.standard();

        private Builder(String connectorId) {
            if (connectorId == null || !connectorId.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalArgumentException(
                        "connector id must be 1-64 letters, digits, '.', '_' or '-': " + connectorId);
            }
            this.connectorId = connectorId;
        }

        /**
         * Sets the connect timeout (default {@link #DEFAULT_CONNECT_TIMEOUT}).
         *
         * @param timeout time allowed to establish a TCP and TLS connection, at least 1 ms
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connect timeout");
            return this;
        }

        /**
         * Sets the response timeout (default {@link #DEFAULT_RESPONSE_TIMEOUT}); a request may override it.
         *
         * @param timeout time allowed for response data once the request is sent, at least 1 ms
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive(timeout, "response timeout");
            return this;
        }

        /**
         * Sets the pool size per host (default {@link #DEFAULT_MAX_CONNECTIONS_PER_ROUTE}).
         *
         * @param max the most pooled connections to one host, at least 1
         * @return this builder
         */
        public Builder maxConnectionsPerRoute(int max) {
            this.maxConnectionsPerRoute = atLeastOne(max, "connections per route");
            return this;
        }

        /**
         * Sets the pool size in total (default {@link #DEFAULT_MAX_CONNECTIONS_TOTAL}).
         *
         * @param max the most pooled connections in total, at least 1 (raised to the per-route value if lower)
         * @return this builder
         */
        public Builder maxConnectionsTotal(int max) {
            this.maxConnectionsTotal = atLeastOne(max, "connections in total");
            return this;
        }

        /**
         * Sets whether redirects are followed (off by default: a redirect usually means a wrong base URL).
         *
         * @param follow true to follow redirects
         * @return this builder
         */
        public Builder followRedirects(boolean follow) {
            this.followRedirects = follow;
            return this;
        }

        /**
         * Sets the largest response body read (default {@link #DEFAULT_MAX_RESPONSE_BYTES}).
         *
         * @param max the limit in bytes, at least 1
         * @return this builder
         */
        public Builder maxResponseBytes(int max) {
            this.maxResponseBytes = atLeastOne(max, "response size");
            return this;
        }

        /**
         * Adds a header sent with every request (e.g. {@code Authorization} for a fixed token). The value of a
         * sensitive header (see {@link Redactor}) is registered as a secret of the client's redactor.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder defaultHeader(String name, String value) {
            defaultHeaders.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets how this target's statuses are classified (default {@link StatusClassifier#standard()}).
         *
         * @param classifier the classifier
         * @return this builder
         */
        public Builder statusClassifier(StatusClassifier classifier) {
            this.statusClassifier = Objects.requireNonNull(classifier, "classifier");
            return this;
        }

        /** {@return the settings, immutable} */
        public HttpSettings build() {
            return new HttpSettings(this);
        }

        private static Duration positive(Duration duration, String what) {
            if (duration == null || duration.isNegative() || duration.toMillis() < 1) {
                throw new IllegalArgumentException(what + " must be at least 1 ms: " + duration);
            }
            return duration;
        }

        private static int atLeastOne(int value, String what) {
            if (value < 1) {
                throw new IllegalArgumentException(what + " must be at least 1: " + value);
            }
            return value;
        }
    }
}
