package io.ledgerbridge.connector.kit;

import io.ledgerbridge.connector.kit.internal.RequestBody;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP call, built fluently: {@code Request.post(url).header("Authorization", token).query("limit", 100)
 * .json(body)}. Not thread-safe; build it, send it with {@link HttpJson#send(Request)}, and drop it.
 *
 * <p>Query values are encoded as in HTML forms (UTF-8, a space becomes {@code +}), which every target reads; a
 * request has at most one body kind: JSON, form fields, multipart parts or raw bytes.
 */
public final class Request {

    private final String method;
    private final String url;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private RequestBody body;
    private Duration responseTimeout;

    private Request(String method, String url) {
        this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        if (!this.method.matches("[A-Z]{1,20}")) {
            throw new IllegalArgumentException("not an HTTP method: " + method);
        }
        this.url = Objects.requireNonNull(url, "url");
    }

    /**
     * A GET request.
     *
     * @param url the absolute URL, may already contain a query
     * @return a new request
     */
    public static Request get(String url) {
        return new Request("GET", url);
    }

    /**
     * A POST request.
     *
     * @param url the absolute URL, may already contain a query
     * @return a new request
     */
    public static Request post(String url) {
        return new Request("POST", url);
    }

    /**
     * A PUT request.
     *
     * @param url the absolute URL, may already contain a query
     * @return a new request
     */
    public static Request put(String url) {
        return new Request("PUT", url);
    }

    /**
     * A PATCH request.
     *
     * @param url the absolute URL, may already contain a query
     * @return a new request
     */
    public static Request patch(String url) {
        return new Request("PATCH", url);
    }

    /**
     * A DELETE request.
     *
     * @param url the absolute URL, may already contain a query
     * @return a new request
     */
    public static Request delete(String url) {
        return new Request("DELETE", url);
    }

    /**
     * A request with any method, e.g. HEAD.
     *
     * @param method the HTTP method, any case
     * @param url the absolute URL, may already contain a query
     * @return a new request
     */
    public static Request of(String method, String url) {
        return new Request(method, url);
    }

    /**
     * Sets a header, replacing one of the same name (any case) set before on this request. A header set here
     * wins over the same default header of {@link HttpSettings}. Values of sensitive headers (see {@link Redactor})
     * are registered as secrets when sent.
     *
     * @param name the header name
     * @param value the value
     * @return this request
     */
    public Request header(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        headers.removeIf(entry -> entry.getKey().equalsIgnoreCase(name));
        headers.add(Map.entry(name, value));
        return this;
    }

    /**
     * Appends a query parameter; repeating a name sends it several times.
     *
     * @param name the parameter name, e.g. {@code contact[id]}
     * @param value the value ({@link String#valueOf(Object)}); null adds nothing, which keeps optional filters short
     * @return this request
     */
    public Request query(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (value != null) {
            query.add(Map.entry(name, String.valueOf(value)));
        }
        return this;
    }

    /**
     * Sets a JSON body: a Jackson {@code JsonNode} or any object the client's mapper can serialise (records,
     * DTOs, maps). Sent as {@code application/json; charset=UTF-8}.
     *
     * @param value the body
     * @return this request
     */
    public Request json(Object value) {
        return setBody(new RequestBody.Json(Objects.requireNonNull(value, "value")));
    }

    /**
     * Appends a field of an {@code application/x-www-form-urlencoded} body (UTF-8).
     *
     * @param name the field name
     * @param value the value
     * @return this request
     */
    public Request form(String name, String value) {
        RequestBody.Form form = body instanceof RequestBody.Form existing
                ? existing
                : (RequestBody.Form) setBodyAndGet(new RequestBody.Form(new ArrayList<>()));
        form.fields()
                .add(new RequestBody.Field(
                        Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
        return this;
    }

    /**
     * Appends a file part of a {@code multipart/form-data} body, e.g. sevdesk's upload:
     * {@code filePart("file", "invoice.pdf", "application/pdf", bytes)}.
     *
     * @param name the field name
     * @param fileName the file name sent in the part's Content-Disposition
     * @param mediaType the part's media type
     * @param content the file's bytes (not copied; do not change them before sending)
     * @return this request
     */
    public Request filePart(String name, String fileName, String mediaType, byte[] content) {
        multipart()
                .parts()
                .add(new RequestBody.Part(
                        Objects.requireNonNull(name, "name"),
                        Objects.requireNonNull(fileName, "fileName"),
                        Objects.requireNonNull(mediaType, "mediaType"),
                        Objects.requireNonNull(content, "content")));
        return this;
    }

    /**
     * Appends a text part of a {@code multipart/form-data} body (UTF-8).
     *
     * @param name the field name
     * @param value the text
     * @return this request
     */
    public Request textPart(String name, String value) {
        multipart()
                .parts()
                .add(new RequestBody.Part(
                        Objects.requireNonNull(name, "name"),
                        null,
                        "text/plain; charset=UTF-8",
                        Objects.requireNonNull(value, "value").getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /**
     * Sets a body sent as it is.
     *
     * @param content the bytes (not copied)
     * @param mediaType the Content-Type, e.g. {@code application/xml; charset=UTF-8}
     * @return this request
     */
    public Request body(byte[] content, String mediaType) {
        return setBody(new RequestBody.Bytes(
                Objects.requireNonNull(content, "content"), Objects.requireNonNull(mediaType, "mediaType")));
    }

    /**
     * Overrides the settings' response timeout for this request only (e.g. a slow report or upload).
     *
     * @param timeout the time allowed for response data once the request is sent, at least 1 ms
     * @return this request
     */
    public Request responseTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.toMillis() < 1) {
            throw new IllegalArgumentException("response timeout must be at least 1 ms: " + timeout);
        }
        this.responseTimeout = timeout;
        return this;
    }

    /** {@return the HTTP method, upper case} */
    public String method() {
        return method;
    }

    /** {@return the full URL with the encoded query parameters (not redacted: log it only through a Redactor)} */
    public String url() {
        if (query.isEmpty()) {
            return url;
        }
        StringBuilder out = new StringBuilder(url).append(url.contains("?") ? '&' : '?');
        for (int i = 0; i < query.size(); i++) {
            Map.Entry<String, String> parameter = query.get(i);
            out.append(i == 0 ? "" : "&")
                    .append(encode(parameter.getKey()))
                    .append('=')
                    .append(encode(parameter.getValue()));
        }
        return out.toString();
    }

    /** {@return the headers set on this request, in order} */
    public List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }

    RequestBody body() {
        return body;
    }

    Duration responseTimeoutOrNull() {
        return responseTimeout;
    }

    private RequestBody.Multipart multipart() {
        return body instanceof RequestBody.Multipart existing
                ? existing
                : (RequestBody.Multipart) setBodyAndGet(new RequestBody.Multipart(new ArrayList<>()));
    }

    private Request setBody(RequestBody newBody) {
        setBodyAndGet(newBody);
        return this;
    }

    private RequestBody setBodyAndGet(RequestBody newBody) {
        if (body != null) {
            throw new IllegalStateException("the request already has a "
                    + body.getClass().getSimpleName() + " body; a request has one body kind");
        }
        body = newBody;
        return newBody;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
