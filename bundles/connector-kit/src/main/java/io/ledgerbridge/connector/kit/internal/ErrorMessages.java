package io.ledgerbridge.connector.kit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.connector.kit.Redactor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the server's own words in an error reply, in the shapes the targets use: sevdesk and ABP (Zenvoices)
 * {@code {"error":{"message":..}}} with ABP's {@code validationErrors}, Billomat {@code {"errors":{"error":..}}}
 * (a string or an array), and the common {@code message}, {@code error}, {@code detail}/{@code title} and
 * {@code error_description}. Plain text replies count too; HTML pages do not.
 */
public final class ErrorMessages {

    /** Longest server message kept in an exception message. */
    static final int MAX_LENGTH = 300;

    private ErrorMessages() {}

    /**
     * Extracts the message.
     *
     * @param body the reply body as text
     * @param mapper parses JSON
     * @param redactor masks secrets, before the message is cut so that no part of a secret survives the cut
     * @return the redacted message, at most {@link #MAX_LENGTH} characters; empty when there is none
     */
    public static String extract(String body, ObjectMapper mapper, Redactor redactor) {
        String trimmed = body == null ? "" : body.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("<")) {
            return ""; // nothing, or an HTML/XML page: the status alone has to do
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return shorten(redactor.redact(fromJson(mapper.readTree(trimmed))));
            } catch (IOException e) {
                return ""; // not JSON after all
            }
        }
        String start = trimmed.substring(0, Math.min(trimmed.length(), 4 * MAX_LENGTH));
        return shorten(redactor.redact(start).replaceAll("\\s+", " "));
    }

    private static String fromJson(JsonNode root) {
        JsonNode error = root.path("error");
        if (error.isObject()) {
            String message = join(error.path("message"), error.path("details"));
            return appendValidationErrors(message, error.path("validationErrors"));
        }
        if (root.path("errors").isObject()) {
            return text(root.path("errors").path("error"));
        }
        for (String field : List.of("message", "error", "detail", "title", "error_description", "errors")) {
            String text = text(root.path(field));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    private static String appendValidationErrors(String message, JsonNode validationErrors) {
        List<String> parts = new ArrayList<>();
        if (!message.isEmpty()) {
            parts.add(message);
        }
        for (JsonNode validationError : validationErrors) {
            String text = text(validationError.path("message"));
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join("; ", parts);
    }

    private static String join(JsonNode first, JsonNode second) {
        String a = text(first);
        String b = text(second);
        return b.isEmpty() || b.equals(a) ? a : a.isEmpty() ? b : a + " (" + b + ")";
    }

    /** A string, an array of strings or of objects with a message, joined with "; ". */
    private static String text(JsonNode node) {
        if (node.isValueNode() && !node.isNull()) {
            return node.asText().strip();
        }
        if (node.isArray()) {
            List<String> texts = new ArrayList<>();
            for (JsonNode element : node) {
                String text = element.isObject() ? text(element.path("message")) : text(element);
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
            return String.join("; ", texts);
        }
        return "";
    }

    /**
     * Cuts a text to {@code max} characters, marking the cut.
     *
     * @param text the text, already redacted
     * @param max the most characters, at least 2
     * @return the text, or its start and "…"
     */
    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String shorten(String text) {
        return shorten(text, MAX_LENGTH);
    }
}
