package io.ledgerbridge.connector.kit.internal;

import io.ledgerbridge.connector.kit.HttpSettings;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the pooled classic HttpClient for {@link HttpSettings}: no retries (the engine owns them), no cookies,
 * redirects only when asked, and no background threads (stale connections are checked on lease instead of by an
 * evictor).
 */
public final class ClientFactory {

    /** A pooled connection idle this long is checked before reuse, so that a stale one is not mistaken for a failure. */
    private static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(1);
    /** Pooled connections are renewed after this long, so DNS changes of the target are picked up. */
    private static final TimeValue TIME_TO_LIVE = TimeValue.ofMinutes(5);

    private ClientFactory() {}

    /**
     * Builds a client.
     *
     * @param settings the connection's settings
     * @return a new client; the caller closes it
     */
    public static CloseableHttpClient create(HttpSettings settings) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(settings.maxConnectionsPerRoute())
                .setMaxConnTotal(settings.maxConnectionsTotal())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout(settings.connectTimeout().toMillis()))
                        .setSocketTimeout(timeout(settings.responseTimeout().toMillis()))
                        .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                        .setTimeToLive(TIME_TO_LIVE)
                        .build())
                .build();
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(requestConfig(settings))
                .setUserAgent(settings.userAgent())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching();
        if (!settings.followRedirects()) {
            builder.disableRedirectHandling();
        }
        return builder.build();
    }

    /**
     * The request configuration for the settings, with the response timeout of one request.
     *
     * @param settings the connection's settings
     * @param responseTimeoutMillis the response timeout for this request
     * @return the configuration
     */
    public static RequestConfig requestConfig(HttpSettings settings, long responseTimeoutMillis) {
        return RequestConfig.copy(requestConfig(settings))
                .setResponseTimeout(timeout(responseTimeoutMillis))
                .build();
    }

    private static RequestConfig requestConfig(HttpSettings settings) {
        return RequestConfig.custom()
                .setConnectionRequestTimeout(timeout(settings.connectTimeout().toMillis()))
                .setResponseTimeout(timeout(settings.responseTimeout().toMillis()))
                .setRedirectsEnabled(settings.followRedirects())
                .setAuthenticationEnabled(false)
                .build();
    }

    private static Timeout timeout(long millis) {
        return Timeout.ofMilliseconds(millis);
    }
}
