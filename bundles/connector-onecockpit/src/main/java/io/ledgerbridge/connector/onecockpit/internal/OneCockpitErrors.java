package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.kit.Response;

/**
 * Turns a failed OneCockpit reply into an exception whose message tells a partner what to do. The kit has
 * classified it already (401 AUTH, 403 PERMISSION, 429 RATE_LIMIT with the wait, 5xx PROTOCOL, other 4xx
 * VALIDATION with OneCockpit's own words); this adds the advice.
 */
final class OneCockpitErrors {
    static final String REJECTED =
            "OneCockpit rejected the API token: create a new one in OneCockpit under Settings > API and enter it again";
    static final String NO_RIGHT =
            "the OneCockpit API token lacks the right to create documents: give it that right in OneCockpit under Settings > API";
    static final String WRONG_URL = "correct the base URL (advanced settings)";
    static final String NO_TOKEN = "the OneCockpit API token is missing: enter it again";
    static final String NOT_A_URL = "the base URL is not an http(s) URL: " + WRONG_URL;

    private OneCockpitErrors() {}

    static ConnectorException explain(Response response, String baseUrl) {
        ConnectorException e = response.toException();
        return switch (response.status()) {
            case 401 -> advise(e, Kind.AUTH, REJECTED);
            case 403 -> advise(e, Kind.PERMISSION, NO_RIGHT);
            // every call's resource exists, so a 404 means the address is wrong
            case 404 -> advise(e, Kind.CONFIGURATION, "there is no API at " + baseUrl + ": " + WRONG_URL);
            default -> e;
        };
    }

    private static ConnectorException advise(ConnectorException e, Kind kind, String advice) {
        return ConnectorException.builder(kind, advice + ". (" + e.getMessage() + ")")
                .httpStatus(e.httpStatus())
                .uncertain(e.uncertain())
                .retryAfter(e.retryAfter().orElse(null))
                .rateLimit(e.rateLimit().orElse(null))
                .build();
    }
}
