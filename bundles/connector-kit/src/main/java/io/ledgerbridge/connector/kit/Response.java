package io.ledgerbridge.connector.kit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.kit.internal.ErrorMessages;
import io.ledgerbridge.model.spi.RateLimitStatus;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;

/**
 * The reply to a {@link Request}, read completely: status, headers, body as text, bytes or JSON, and what the
 * server said about its rate limit. {@link #requireSuccess()} and {@link #toException()} classify a failure
 * with the connection's {@link StatusClassifier}.
 */
public final class Response {

    private final String call;
    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Charset charset;
    private final Instant receivedAt;
    private final HttpJson client;

    Response(
            String call,
            int status,
            Map<String, List<String>> headers,
            byte[] body,
            Charset charset,
            Instant receivedAt,
            HttpJson client) {
        this.call = call;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.charset = charset;
        this.receivedAt = receivedAt;
        this.client = client;
    }

    /** {@return the HTTP status} */
    public int status() {
        return status;
    }

    /** {@return true for a 2xx status} */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return the value, or empty when the header is absent
     */
    public Optional<String> header(String name) {
        return headers(name).stream().findFirst();
    }

    /**
     * All values of a header.
     *
     * @param name the header name, any case
     * @return the values in order, empty when absent
     */
    public List<String> headers(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** {@return all headers; keys match case-insensitively; unmodifiable} */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** {@return the body as text, in the charset of its Content-Type (UTF-8 when none); empty when none} */
    public String body() {
        return new String(body, charset);
    }

    /** {@return a copy of the body's bytes, e.g. a PDF} */
    public byte[] bodyBytes() {
        return body.clone();
    }

    /**
     * The body as JSON. Numbers with fractions are exact {@link java.math.BigDecimal}s.
     *
     * @return the parsed body
     * @throws ConnectorException PROTOCOL when the body is empty or not JSON (uncertain for a 2xx: the target acted)
     */
    public JsonNode json() throws ConnectorException {
        if (body.length == 0) {
            throw malformed("an empty reply where JSON was expected", null);
        }
        try {
            return client.mapper().readTree(body);
        } catch (IOException e) {
            throw malformed("a reply that is not JSON", e);
        }
    }

    /**
     * The body as an object of the given type (a DTO or record of the target's wire format); unknown fields are
     * ignored.
     *
     * @param type the type
     * @param <T> the type
     * @return the object
     * @throws ConnectorException PROTOCOL when the body is not JSON of that shape
     */
    public <T> T json(Class<T> type) throws ConnectorException {
        ObjectMapper mapper = client.mapper();
        try {
            return mapper.treeToValue(json(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw malformed("a reply that does not match " + type.getSimpleName(), e);
        }
    }

    /**
     * The server's rate-limit state from this reply's headers (see {@link RateLimitHeaders#status}).
     *
     * @return the state, or empty when the server said nothing usable
     */
    public Optional<RateLimitStatus> rateLimit() {
        return RateLimitHeaders.status(headers, receivedAt);
    }

    /**
     * The wait the server asked for (see {@link RateLimitHeaders#suggestedWait}).
     *
     * @return the wait from Retry-After or the rate-limit reset, measured from when this reply arrived
     */
    public Optional<Duration> retryAfter() {
        return RateLimitHeaders.suggestedWait(headers, receivedAt);
    }

    /**
     * Returns this reply when it is a success, throws its classified failure otherwise; for calls where any
     * non-2xx status is a failure.
     *
     * @return this response
     * @throws ConnectorException {@link #toException()} when the status is not 2xx
     */
    public Response requireSuccess() throws ConnectorException {
        if (!isSuccess()) {
            throw toException();
        }
        return this;
    }

    /**
     * This reply as a failure, for a connector that looked at it first (e.g. a 404 on a lookup means "absent",
     * anything else is a failure). The kind comes from the connection's {@link StatusClassifier}; the message is
     * the call, the status and the server's own words (redacted), e.g.
     * {@code POST https://my.sevdesk.de/api/v1/Contact answered 422 Unprocessable Entity: invalid taxRule}; a
     * RATE_LIMIT carries the suggested wait, any kind the Retry-After and the rate-limit state.
     *
     * @return the exception, to throw
     */
    public ConnectorException toException() {
        StatusClassifier classifier = client.settings().statusClassifier();
        Kind kind = classifier.classify(status);
        Optional<Duration> wait =
                kind == Kind.RATE_LIMIT ? retryAfter() : RateLimitHeaders.retryAfter(headers, receivedAt);
        return ConnectorException.builder(kind, failureMessage())
                .httpStatus(status)
                .uncertain(classifier.uncertain(status))
                .retryAfter(wait.orElse(null))
                .rateLimit(rateLimit().orElse(null))
                .build();
    }

    private String failureMessage() {
        String reason = EnglishReasonPhraseCatalog.INSTANCE.getReason(status, Locale.ENGLISH);
        String serverSays = ErrorMessages.extract(body(), client.mapper(), client.redactor());
        return call + " answered " + status + (reason == null ? "" : " " + reason)
                + (serverSays.isEmpty() ? "" : ": " + serverSays);
    }

    /** The parser's message may quote the body, so it goes in redacted and the parser's exception stays out. */
    private ConnectorException malformed(String what, Exception parserFailure) {
        StatusClassifier classifier = client.settings().statusClassifier();
        String detail = parserFailure == null ? "" : " (" + parserMessage(parserFailure) + ")";
        return ConnectorException.builder(Kind.PROTOCOL, call + " answered " + status + " with " + what + detail)
                .httpStatus(status)
                .uncertain(classifier.uncertain(status))
                .rateLimit(rateLimit().orElse(null))
                .build();
    }

    private String parserMessage(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return message == null
                ? e.getClass().getSimpleName()
                : ErrorMessages.shorten(client.redactor().redact(message), 200);
    }

    @Override
    public String toString() {
        return "Response[" + call + " -> " + status + ", " + body.length + " bytes]";
    }
}
