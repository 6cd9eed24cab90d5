package io.ledgerbridge.connector.kit.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.kit.Redactor;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.UnsupportedSchemeException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * Turns the I/O failure of a call into a {@link ConnectorException}, deciding whether the request may have reached
 * the target: failures while connecting are certain (nothing was sent), failures after sending are uncertain.
 */
public final class TransportFailures {

    private TransportFailures() {}

    /**
     * Classifies a failure.
     *
     * @param failure what HttpClient threw
     * @param call the call as it may be shown, e.g. {@code POST https://host/path} (already redacted)
     * @param responseTimeout the response timeout of the call, for the message
     * @param redactor masks secrets in the underlying message
     * @return the exception to throw
     */
    public static ConnectorException classify(
            IOException failure, String call, Duration responseTimeout, Redactor redactor) {
        if (failure instanceof ConnectionRequestTimeoutException) {
            return certain(
                    Kind.TRANSPORT,
                    call + ": no free connection in the pool in time (too many calls at once)",
                    failure);
        }
        if (failure instanceof ConnectTimeoutException) {
            return certain(
                    Kind.TRANSPORT, call + ": could not connect in time (" + reason(failure, redactor) + ")", failure);
        }
        if (failure instanceof ConnectException || failure instanceof NoRouteToHostException) {
            return certain(Kind.TRANSPORT, call + ": could not connect (" + reason(failure, redactor) + ")", failure);
        }
        if (failure instanceof UnknownHostException) {
            return certain(Kind.TRANSPORT, call + ": unknown host " + redactor.redact(failure.getMessage()), failure);
        }
        if (failure instanceof UnsupportedSchemeException) {
            return certain(Kind.CONFIGURATION, call + ": " + reason(failure, redactor), failure);
        }
        if (failure instanceof SSLHandshakeException) {
            return certain(
                    Kind.TRANSPORT, call + ": TLS handshake failed (" + reason(failure, redactor) + ")", failure);
        }
        if (failure instanceof SocketTimeoutException) {
            return uncertain(
                    Kind.TRANSPORT,
                    call + ": no response within " + seconds(responseTimeout) + "; the request may have been processed",
                    failure);
        }
        if (failure instanceof NoHttpResponseException) {
            return uncertain(
                    Kind.TRANSPORT,
                    call + ": the server closed the connection without answering; "
                            + "the request may have been processed",
                    failure);
        }
        if (failure instanceof ClientProtocolException) {
            return uncertain(
                    Kind.PROTOCOL, call + ": malformed HTTP exchange (" + reason(failure, redactor) + ")", failure);
        }
        return uncertain(
                Kind.TRANSPORT,
                call + ": connection failed after sending (" + reason(failure, redactor)
                        + "); the request may have been processed",
                failure);
    }

    private static ConnectorException certain(Kind kind, String message, IOException cause) {
        return ConnectorException.builder(kind, message)
                .uncertain(false)
                .cause(cause)
                .build();
    }

    private static ConnectorException uncertain(Kind kind, String message, IOException cause) {
        return ConnectorException.builder(kind, message)
                .uncertain(true)
                .cause(cause)
                .build();
    }

    private static String reason(IOException failure, Redactor redactor) {
        String message = failure.getMessage();
        String reason =
                message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
        return redactor.redact(reason);
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
