package io.ledgerbridge.connector.kit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.kit.Redactor;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

class TransportFailuresTest {

    private static final String CALL = "POST https://my.sevdesk.de/api/v1/Contact";

    private final Redactor redactor = new Redactor();

    private ConnectorException classify(IOException failure) {
        return TransportFailures.classify(failure, CALL, Duration.ofSeconds(30), redactor);
    }

    private void assertCertain(IOException failure, Kind kind) {
        ConnectorException exception = classify(failure);
        assertEquals(kind, exception.kind(), failure.toString());
        assertEquals(false, exception.uncertain(), failure + " happens before anything is sent");
        assertSame(failure, exception.getCause());
        assertTrue(exception.getMessage().startsWith(CALL + ": "), exception.getMessage());
    }

    private void assertUncertain(IOException failure, Kind kind) {
        ConnectorException exception = classify(failure);
        assertEquals(kind, exception.kind(), failure.toString());
        assertEquals(true, exception.uncertain(), failure + " may happen after the request was sent");
        assertTrue(exception.getMessage().startsWith(CALL + ": "), exception.getMessage());
    }

    @Test
    void failuresBeforeSendingAreCertain() {
        assertCertain(new ConnectTimeoutException("Connect to my.sevdesk.de:443 timed out"), Kind.TRANSPORT);
        assertCertain(new HttpHostConnectException("Connection refused"), Kind.TRANSPORT);
        assertCertain(new ConnectException("Connection refused"), Kind.TRANSPORT);
        assertCertain(new NoRouteToHostException("No route to host"), Kind.TRANSPORT);
        assertCertain(new UnknownHostException("acme.billomat.net"), Kind.TRANSPORT);
        assertCertain(new SSLHandshakeException("PKIX path building failed"), Kind.TRANSPORT);
        assertCertain(new ConnectionRequestTimeoutException("Timeout deadline"), Kind.TRANSPORT);
    }

    @Test
    void failuresAfterSendingAreUncertain() {
        assertUncertain(new SocketTimeoutException("Read timed out"), Kind.TRANSPORT);
        assertUncertain(new NoHttpResponseException("my.sevdesk.de:443 failed to respond"), Kind.TRANSPORT);
        assertUncertain(new SocketException("Connection reset"), Kind.TRANSPORT);
        assertUncertain(new IOException("Broken pipe"), Kind.TRANSPORT);
        assertUncertain(new ClientProtocolException("Invalid header"), Kind.PROTOCOL);
    }

    @Test
    void messagesSayWhatHappenedWithoutSecrets() {
        redactor.addSecret("s3cr3t-token");

        assertEquals(
                CALL + ": no response within 30 s; the request may have been processed",
                classify(new SocketTimeoutException("Read timed out")).getMessage());
        assertEquals(
                CALL + ": connection failed after sending (reset by **** peer); the request may have been "
                        + "processed",
                classify(new SocketException("reset by s3cr3t-token peer")).getMessage());
        assertEquals(
                CALL + ": connection failed after sending (IOException); the request may have been processed",
                classify(new IOException()).getMessage());
    }
}
