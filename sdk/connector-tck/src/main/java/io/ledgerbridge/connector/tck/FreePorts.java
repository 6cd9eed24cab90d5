package io.ledgerbridge.connector.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports for tests: a free one to listen on, and one where nothing listens (an unreachable target). */
public final class FreePorts {
    private FreePorts() {}

    /**
     * A port on 127.0.0.1 that was free a moment ago; prefer binding to port 0 where the server allows it.
     *
     * @return the port
     */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /**
     * A URL on 127.0.0.1 where nothing listens, so a connection is refused at once (no DNS lookup involved).
     *
     * @param path the path to append, e.g. {@code /api/v1}, may be empty
     * @return e.g. {@code http://127.0.0.1:54321/api/v1}
     */
    public static String unreachableUrl(String path) {
        return "http://127.0.0.1:" + free() + path;
    }
}
