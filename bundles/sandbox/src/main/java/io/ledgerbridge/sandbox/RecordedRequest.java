package io.ledgerbridge.sandbox;

import java.time.Instant;

/**
 * One API request in a simulator's request log.
 *
 * @param method the HTTP method
 * @param path the full request path, e.g. {@code /api/v1/Invoice/Factory/saveInvoice}
 * @param query the raw query string, empty if none
 * @param status the response status; 0 when the connection was dropped or the request was held without answer
 * @param time when the request arrived
 * @param durationMillis time from arrival to the response (including latency and delays)
 */
public record RecordedRequest(
        String method, String path, String query, int status, Instant time, long durationMillis) {}
