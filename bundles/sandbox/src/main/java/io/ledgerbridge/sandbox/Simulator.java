package io.ledgerbridge.sandbox;

/**
 * A running simulator of one target service, listening on its own port.
 * Closing it stops the HTTP server and releases every held request.
 */
public interface Simulator extends AutoCloseable {

    /**
     * The URL to put into the connector's configuration, without a trailing slash
     * (for example {@code http://127.0.0.1:8281/api/v1} for sevdesk).
     *
     * @return the service's base URL
     */
    String baseUrl();

    /**
     * The server root, {@code http://host:port}, under which the control API lives at {@code /__sim/...}.
     *
     * @return the root URL without a trailing slash
     */
    String rootUrl();

    /**
     * @return the TCP port the simulator listens on (the chosen one when started with port 0)
     */
    int port();

    /**
     * @return fault injection, latency, request log, create counters and state snapshots of this simulator
     */
    SimulatorControl control();

    /** Stops the server; idempotent. */
    @Override
    void close();
}
