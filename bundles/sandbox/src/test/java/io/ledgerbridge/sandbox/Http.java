package io.ledgerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tiny JSON-over-HTTP test client on java.net.http with fluent headers. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration timeout = Duration.ofSeconds(10);

    private Http(String base) {
        this.base = base;
    }

    static Http to(String base) {
        return new Http(base);
    }

    Http header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Http timeout(Duration value) {
        timeout = value;
        return this;
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    Reply put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    Reply send(String method, String path, String body, String contentType) {
        return sendBytes(
                method,
                path,
                body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                contentType);
    }

    Reply sendBytes(String method, String path, byte[] body, String contentType) {
        try {
            return Reply.of(trySend(method, path, body, contentType));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and lets I/O errors through, for tests of dropped connections and timeouts. */
    HttpResponse<String> trySend(String method, String path, byte[] body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A response with its body parsed as JSON when possible. */
    record Reply(int status, java.net.http.HttpHeaders headers, String text, JsonNode json) {

        static Reply of(HttpResponse<String> response) {
            JsonNode json;
            try {
                json = response.body().isEmpty() ? null : JSON.readTree(response.body());
            } catch (IOException notJson) {
                json = null;
            }
            return new Reply(response.statusCode(), response.headers(), response.body(), json);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode at(String pointer) {
            return json.at(pointer);
        }
    }
}
