package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.kit.RateLimitHeaders;
import io.ledgerbridge.connector.kit.Response;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns a failed Billomat reply into an exception whose message tells a partner what to do: an unknown Billomat ID
 * (404), a wrong key (401), missing rights (403), the rate limit (429, waiting as a Retry-After says, else until the
 * window resets).
 */
final class BillomatErrors {
    private BillomatErrors() {}

    /** The failure of a reply whose status is not 2xx (a 404 here means the account itself is unknown). */
    static ConnectorException explain(Response response, String billomatId, Duration untilReset) {
        ConnectorException e = response.toException();
        return switch (response.status()) {
            case 401 ->
                rebuild(
                        e,
                        Kind.AUTH,
                        "Billomat rejected the API key (or the app ID and secret) for the "
                                + "Billomat ID '" + billomatId
                                + "': copy the key again from Einstellungen > API-Zugriff "
                                + "(\"API-Schlüssel anzeigen\") and check that the API access is activated",
                        e.retryAfter().orElse(null));
            case 403 ->
                rebuild(
                        e,
                        Kind.PERMISSION,
                        "the Billomat user who owns this API key lacks the rights for "
                                + "this: give that user a role with access to clients, invoices and the inbox under "
                                + "Einstellungen > Mitarbeiter",
                        e.retryAfter().orElse(null));
            case 404 ->
                rebuild(
                        e,
                        Kind.CONFIGURATION,
                        "Billomat does not know the Billomat ID '" + billomatId
                                + "': enter the part before .billomat.net from your browser's address bar (or correct the "
                                + "base URL)",
                        null);
            case 429 ->
                rebuild(
                        e,
                        Kind.RATE_LIMIT,
                        "Billomat's limit of requests per 15 minutes for this account "
                                + "is used up (it is shared by all tools without app credentials); waiting until the window "
                                + "resets",
                        RateLimitHeaders.retryAfter(response.headers(), Instant.now())
                                .orElse(untilReset));
            default -> e;
        };
    }

    private static ConnectorException rebuild(ConnectorException e, Kind kind, String advice, Duration retryAfter) {
        return ConnectorException.builder(kind, advice + ". (" + e.getMessage() + ")")
                .httpStatus(e.httpStatus())
                .uncertain(e.uncertain())
                .retryAfter(retryAfter)
                .rateLimit(e.rateLimit().orElse(null))
                .build();
    }
}
