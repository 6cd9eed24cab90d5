package io.ledgerbridge.sandbox.internal.http;

/** The service-specific part of a simulator: answers API requests and renders errors its service's way. */
public interface SimulatedApi {

    /** Authenticates, routes and answers one API request; may throw {@link ApiException}. */
    SimResponse handle(SimRequest request);

    /** Renders a failure (from a handler, an injected fault or an internal error) in the service's format. */
    SimResponse error(SimRequest request, ApiException problem);

    /** The request path without the service's base path, used to match faults; the path itself by default. */
    default String relativePath(String path) {
        return path;
    }
}
