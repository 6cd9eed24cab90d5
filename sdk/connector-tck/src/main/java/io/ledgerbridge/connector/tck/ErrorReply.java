package io.ledgerbridge.connector.tck;

import java.util.Objects;

/**
 * How the target refuses a request whose content it does not accept, in its own error format: what the TCK's
 * proxy answers in place of the target, and the target's message the connector must pass on.
 *
 * @param status the HTTP status, e.g. 400 or 422
 * @param contentType the body's media type
 * @param body the target's error envelope, e.g. {@code {"error":{"message":"taxRule is invalid"}}}
 * @param message the part of the body a partner must see in the outcome, e.g. {@code taxRule is invalid}
 * @param pathContains only requests whose path contains this are refused (null: the first request of the export)
 */
public record ErrorReply(int status, String contentType, String body, String message, String pathContains) {

    /** Checks that the reply is a 4xx whose body holds the message. */
    public ErrorReply {
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a validation error is a 4xx: " + status);
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        if (message == null || message.isBlank() || !body.contains(message)) {
            throw new IllegalArgumentException("the message must be part of the body: " + message);
        }
    }

    /**
     * A JSON error reply for every request of the export.
     *
     * @param status the HTTP status, 4xx
     * @param body the target's JSON error envelope
     * @param message the target's message inside it
     * @return the reply
     */
    public static ErrorReply json(int status, String body, String message) {
        return new ErrorReply(status, "application/json", body, message, null);
    }

    /**
     * @param fragment a part of the path of the request the target refuses, e.g. {@code /Invoice/Factory/saveInvoice}
     * @return a copy that refuses only such requests (earlier ones, e.g. look-ups, are forwarded)
     */
    public ErrorReply onPath(String fragment) {
        return new ErrorReply(status, contentType, body, message, fragment);
    }

    ProxyFault fault() {
        ProxyFault fault = ProxyFault.reply(status, contentType, body);
        return pathContains == null ? fault : fault.onPath(pathContains);
    }
}
