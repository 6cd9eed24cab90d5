package io.ledgerbridge.connector.billomat.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The API base of one Billomat account: the configured template with {@code {billomatId}} replaced, e.g.
 * {@code https://meinefirma.billomat.net/api}, or {@code http://127.0.0.1:8282/sandbox/api} for the simulator.
 */
final class BaseUrl {
    static final String PLACEHOLDER = "{billomatId}";

    private BaseUrl() {}

    /** The base without a trailing slash; empty unless the result is an absolute http(s) URL with a host. */
    static Optional<String> resolve(String template, String billomatId) {
        String url = template.strip().replace(PLACEHOLDER, billomatId);
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        try {
            URI uri = new URI(url);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null && uri.getQuery() == null ? Optional.of(url) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
