package io.ledgerbridge.itests;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A client that uses the API as the web UI does: signed in with the session cookie, echoing the CSRF token. */
public final class BrowserSession {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    public String cookie;
    public String csrfToken;

    public BrowserSession(int port) {
        this.base = "http://127.0.0.1:" + port + "/api/v1";
    }

    /** A response with its headers. */
    public record Answer(int status, String body, HttpResponse<String> raw) {
        public Api.Response response() {
            return new Api.Response(status, body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** Signs in; on success remembers the cookie and the token. */
    public Answer signIn(String user, String password) {
        ObjectNode body = Api.JSON.createObjectNode().put("user", user).put("password", password);
        Answer a = send("POST", "/session", body.toString(), Map.of());
        if (a.status() == 200) {
            String setCookie = a.header("Set-Cookie");
            cookie = setCookie.substring(0, setCookie.indexOf(';'));
            csrfToken = a.response().json().get("csrfToken").asText();
        }
        return a;
    }

    /** A call with the session cookie and, for changing methods, the CSRF token. */
    public Answer call(String method, String path, String json) {
        return send(
                method,
                path,
                json,
                csrfToken == null || method.equals("GET") ? Map.of() : Map.of("X-CSRF-Token", csrfToken));
    }

    /** A call with the session cookie and exactly the extra headers given. */
    public Answer send(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
