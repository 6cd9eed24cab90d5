package io.ledgerbridge.connector.webhook.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.Request;
import io.ledgerbridge.connector.kit.Response;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Plain HTTP against the webhook endpoint: look a delivery up by its idempotency key, post a document. */
final class WebhookClient {
    private final HttpJson http;
    private final String url;

    WebhookClient(HttpJson http, String url) {
        this.http = http;
        this.url = url;
    }

    /** The endpoint's id of an earlier delivery with this key, if it has one. */
    Optional<String> lookup(String idempotencyKey) throws ConnectorException {
        Response r = http.send(Request.get(url).query("idempotencyKey", idempotencyKey));
        if (r.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(idOf(r.requireSuccess().json(), idempotencyKey));
    }

    /** Posts the payload; returns the endpoint's id of it. */
    String post(String idempotencyKey, Map<String, Object> payload, String signingSecret) throws ConnectorException {
        byte[] body;
        try {
            body = http.mapper().writeValueAsBytes(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ConnectorException.builder(ConnectorException.Kind.PROTOCOL, "cannot write the document as JSON")
                    .build();
        }
        Request request =
                Request.post(url).header("Idempotency-Key", idempotencyKey).body(body, "application/json");
        if (signingSecret != null && !signingSecret.isEmpty()) {
            request.header("X-Ledgerbridge-Signature", "sha256=" + hmac(signingSecret, body));
        }
        Response r = http.send(request).requireSuccess();
        return r.body().isBlank() ? idempotencyKey : idOf(r.json(), idempotencyKey);
    }

    private static String idOf(JsonNode json, String fallback) {
        JsonNode id = json == null ? null : json.get("id");
        return id == null || id.isNull() ? fallback : id.asText();
    }

    static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
