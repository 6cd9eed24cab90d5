package io.ledgerbridge.connector.kit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.kit.internal.ClientFactory;
import io.ledgerbridge.connector.kit.internal.HeaderSecrets;
import io.ledgerbridge.connector.kit.internal.Mappers;
import io.ledgerbridge.connector.kit.internal.PreparedBody;
import io.ledgerbridge.connector.kit.internal.RawReply;
import io.ledgerbridge.connector.kit.internal.TransportFailures;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's HTTP client for JSON APIs: a pooled Apache HttpClient 5 set up by {@link HttpSettings}, and
 * {@link #send(Request)} that turns every transport problem into a {@link ConnectorException}. Thread-safe; create
 * one per connection (component activation) and {@link #close()} it on deactivation.
 *
 * <p>Logs each call at DEBUG (method, redacted URL, status, duration) and headers and bodies at TRACE, redacted
 * by the connection's {@link Redactor} and cut at 4,000 characters.
 */
public final class HttpJson implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpJson.class);
    private static final int LOGGED_BODY_CHARS = 4000;
    private static final int REDACTED_BODY_CHARS = 256 * 1024;

    private final HttpSettings settings;
    private final Redactor redactor;
    private final ObjectMapper mapper;
    private final CloseableHttpClient client;

    private HttpJson(HttpSettings settings, Redactor redactor) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        this.mapper = Mappers.create();
        settings.defaultHeaders().forEach((name, value) -> HeaderSecrets.register(redactor, name, value));
        this.client = ClientFactory.create(settings);
    }

    /**
     * Creates a client with a fresh {@link Redactor}; register the connection's secrets on {@link #redactor()}.
     *
     * @param settings timeouts, pools, default headers and classification
     * @return a new client; close it when the connection goes away
     */
    public static HttpJson create(HttpSettings settings) {
        return new HttpJson(settings, new Redactor());
    }

    /**
     * Creates a client that masks with the given redactor (e.g. one the connector also uses for its own logs).
     *
     * @param settings timeouts, pools, default headers and classification
     * @param redactor masks secrets in logs and exception messages
     * @return a new client; close it when the connection goes away
     */
    public static HttpJson create(HttpSettings settings, Redactor redactor) {
        return new HttpJson(settings, redactor);
    }

    /**
     * Sends a request and reads the whole reply, whatever its status. Sends {@code Accept: application/json}
     * unless the request or the default headers set Accept. The values of sensitive headers are registered as
     * secrets before anything is logged.
     *
     * @param request the request
     * @return the reply, also for 4xx and 5xx (see {@link Response#requireSuccess()})
     * @throws ConnectorException CONFIGURATION for a URL that is not absolute http(s), VALIDATION for a JSON body
     *     that cannot be serialised, TRANSPORT when the target cannot be reached or does not answer in time
     *     ({@link ConnectorException#uncertain()} tells whether the request may have arrived), PROTOCOL for a
     *     malformed exchange or a reply larger than {@link HttpSettings#maxResponseBytes()}
     */
    public Response send(Request request) throws ConnectorException {
        request.headers().forEach(header -> HeaderSecrets.register(redactor, header.getKey(), header.getValue()));
        URI uri = toUri(request);
        String call = request.method() + " " + shown(uri);
        HttpUriRequestBase http = toHttpRequest(request, uri, call);
        Duration responseTimeout =
                Objects.requireNonNullElse(request.responseTimeoutOrNull(), settings.responseTimeout());
        long started = System.nanoTime();
        RawReply reply;
        try {
            reply = client.execute(http, response -> RawReply.read(response, settings.maxResponseBytes()));
        } catch (IOException e) {
            ConnectorException failure = TransportFailures.classify(e, call, responseTimeout, redactor);
            LOG.debug("[{}] {} ({} ms)", settings.connectorId(), failure.getMessage(), millisSince(started));
            throw failure;
        }
        Response response =
                new Response(call, reply.status(), reply.headers(), reply.body(), reply.charset(), Instant.now(), this);
        logReply(call, reply, response, millisSince(started));
        if (reply.tooLarge()) {
            throw ConnectorException.builder(
                            Kind.PROTOCOL,
                            call + " answered " + reply.status() + " with a body larger than "
                                    + settings.maxResponseBytes() + " bytes")
                    .httpStatus(reply.status())
                    .uncertain(settings.statusClassifier().uncertain(reply.status()))
                    .build();
        }
        return response;
    }

    /**
     * Sends a request that must succeed and answer JSON: {@code send(request).requireSuccess().json()}.
     *
     * @param request the request
     * @return the reply's JSON
     * @throws ConnectorException as {@link #send(Request)}, the classified failure for a non-2xx status, or
     *     PROTOCOL when the reply is not JSON
     */
    public JsonNode json(Request request) throws ConnectorException {
        return send(request).requireSuccess().json();
    }

    /** {@return the redactor that masks this connection's secrets; register secrets on it} */
    public Redactor redactor() {
        return redactor;
    }

    /**
     * The Jackson mapper that writes JSON bodies and reads replies (unknown fields ignored, decimals exact, ISO
     * dates); use it to build {@code ObjectNode}s. Do not reconfigure it.
     *
     * @return this client's mapper
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** {@return the settings this client was created with} */
    public HttpSettings settings() {
        return settings;
    }

    /** Closes the pooled connections at once; calls in flight fail with TRANSPORT. */
    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }

    private URI toUri(Request request) throws ConnectorException {
        try {
            URI uri = new URI(request.url());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, without the parser's message (it quotes the whole URL)
        }
        throw new ConnectorException(
                Kind.CONFIGURATION, "not an absolute http(s) URL: " + redactor.redact(request.url()));
    }

    private String shown(URI uri) {
        String url = uri.toString();
        String userInfo = uri.getRawUserInfo();
        return redactor.redact(userInfo == null ? url : url.replace(userInfo + "@", Redactor.MASK + "@"));
    }

    private HttpUriRequestBase toHttpRequest(Request request, URI uri, String call) throws ConnectorException {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), uri);
        List<Map.Entry<String, String>> headers = effectiveHeaders(request);
        headers.forEach(header -> http.setHeader(header.getKey(), header.getValue()));
        if (request.responseTimeoutOrNull() != null) {
            http.setConfig(ClientFactory.requestConfig(
                    settings, request.responseTimeoutOrNull().toMillis()));
        }
        PreparedBody body;
        try {
            body = PreparedBody.of(request.body(), mapper);
        } catch (JsonProcessingException e) {
            throw new ConnectorException(
                    Kind.VALIDATION,
                    call + ": the JSON body cannot be written (" + redactor.redact(e.getOriginalMessage()) + ")");
        }
        http.setEntity(body.entity());
        if (LOG.isTraceEnabled()) {
            LOG.trace(
                    "[{}] {} request headers {} body {}",
                    settings.connectorId(),
                    call,
                    shownHeaders(headers),
                    shownBody(body.logText().get()));
        }
        return http;
    }

    private List<Map.Entry<String, String>> effectiveHeaders(Request request) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers());
        settings.defaultHeaders().forEach((name, value) -> {
            if (headers.stream().noneMatch(header -> header.getKey().equalsIgnoreCase(name))) {
                headers.add(0, Map.entry(name, value));
            }
        });
        if (headers.stream().noneMatch(header -> header.getKey().equalsIgnoreCase("Accept"))) {
            headers.add(Map.entry("Accept", "application/json"));
        }
        return headers;
    }

    private void logReply(String call, RawReply reply, Response response, long millis) {
        LOG.debug("[{}] {} -> {} in {} ms", settings.connectorId(), call, reply.status(), millis);
        if (LOG.isTraceEnabled()) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            reply.headers().forEach((name, values) -> values.forEach(value -> headers.add(Map.entry(name, value))));
            String body = PreparedBody.logText(
                    reply.body(), response.header("Content-Type").orElse(null));
            LOG.trace(
                    "[{}] {} response headers {} body {}",
                    settings.connectorId(),
                    call,
                    shownHeaders(headers),
                    shownBody(body));
        }
    }

    private String shownHeaders(List<Map.Entry<String, String>> headers) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, String> header : headers) {
            out.append(out.length() > 1 ? ", " : "")
                    .append(header.getKey())
                    .append(": ")
                    .append(redactor.redactHeader(header.getKey(), header.getValue()));
        }
        return out.append('}').toString();
    }

    /**
     * Redacts, then cuts. Redacting only a generous prefix keeps megabyte bodies cheap; a secret cut at that prefix
     * could only come into view if redactions before it shrank the text by more than the prefix exceeds the view.
     */
    private String shownBody(String body) {
        String prefix = body.length() <= REDACTED_BODY_CHARS ? body : body.substring(0, REDACTED_BODY_CHARS);
        String redacted = redactor.redact(prefix);
        return redacted.length() <= LOGGED_BODY_CHARS && prefix.length() == body.length()
                ? redacted
                : redacted.substring(0, Math.min(LOGGED_BODY_CHARS, redacted.length())) + "… (" + body.length()
                        + " characters)";
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
