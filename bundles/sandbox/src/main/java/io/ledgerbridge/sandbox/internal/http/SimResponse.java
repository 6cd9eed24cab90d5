package io.ledgerbridge.sandbox.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response ready to send: status, headers and an already serialised body. */
public final class SimResponse {

    public static final String JSON = "application/json; charset=utf-8";

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private SimResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    public static SimResponse json(int status, JsonNode node) {
        return new SimResponse(status, JSON, Json.write(node));
    }

    public static SimResponse text(int status, String contentType, String body) {
        return new SimResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A response without body (Content-Length 0). */
    public static SimResponse empty(int status) {
        return new SimResponse(status, null, new byte[0]);
    }

    public SimResponse withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public SimResponse withHeaders(Map<String, String> extra) {
        headers.putAll(extra);
        return this;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
