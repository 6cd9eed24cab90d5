package io.ledgerbridge.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small client of the Ledgerbridge REST API for tests, signed in as one user. */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    public Api(int port, String user, String password) {
        this("127.0.0.1", port, user, password);
    }

    /** A client of the API at another address of this machine (an IP literal; IPv6 in brackets). */
    public Api(String host, int port, String user, String password) {
        this.base = "http://" + host + ":" + port + "/api/v1";
        this.authorization = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A response: status, body (parsed as JSON when it is JSON) and headers. */
    public record Response(int status, String body, HttpHeaders headers) {
        public Response(int status, String body) {
            this(status, body, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        /** The first value of a header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }
    }

    /** Submits the sample invoice {@code RE-<sourceId>} (see {@link Payloads#invoice}) and finalizes it; its id. */
    public String finalizedInvoice(String sourceId) {
        String id = post("/documents", Payloads.invoice(sourceId, "RE-" + sourceId))
                .json()
                .get("id")
                .asText();
        Response finalized = post("/documents/" + id + "/finalize", null);
        if (finalized.status() != 200) {
            throw new AssertionError("finalizing " + sourceId + ": " + finalized.status() + " " + finalized.body());
        }
        return id;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Response put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
