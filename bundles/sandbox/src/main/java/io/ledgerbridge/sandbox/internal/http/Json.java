package io.ledgerbridge.sandbox.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The shared Jackson mapper plus typed, forgiving field access: a missing field reads as null, a field of the
 * wrong JSON type fails with 400 so that bad input never becomes a 500.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a body that must be a JSON object; empty or malformed bodies fail with 400. */
    public static ObjectNode parseObject(byte[] body) {
        if (body.length == 0) {
            throw ApiException.badRequest("Request body is missing");
        }
        return parseObjectOrEmpty(body);
    }

    /** Like {@link #parseObject(byte[])} but an empty body reads as an empty object. */
    public static ObjectNode parseObjectOrEmpty(byte[] body) {
        if (body.length == 0) {
            return object();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("Malformed JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || node.isMissingNode()) {
            return object();
        }
        if (!node.isObject()) {
            throw ApiException.badRequest("Request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** A textual field; numbers and booleans are read as their text, objects and arrays fail with 400. */
    public static String text(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw ApiException.invalid(400, field, "Field '" + field + "' must be a string");
        }
        return node.asText();
    }

    /** A text field that is null when missing or blank. */
    public static String nonBlank(JsonNode parent, String field) {
        String value = text(parent, field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A decimal field given as a JSON number or numeric string; anything else fails with 400. */
    public static BigDecimal decimal(JsonNode parent, String field) {
        String value = text(parent, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(400, field, "Field '" + field + "' must be a number");
        }
    }

    /** An integer field given as a JSON number or numeric string; anything else fails with 400. */
    public static Long integer(JsonNode parent, String field) {
        BigDecimal value = decimal(parent, field);
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw ApiException.invalid(400, field, "Field '" + field + "' must be an integer");
        }
    }

    /** A boolean given as true/false, 1/0 or their strings; null when missing. */
    public static Boolean bool(JsonNode parent, String field) {
        String value = text(parent, field);
        if (value == null) {
            return null;
        }
        switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> {
                return Boolean.TRUE;
            }
            case "false", "0", "" -> {
                return Boolean.FALSE;
            }
            default -> throw ApiException.invalid(400, field, "Field '" + field + "' must be a boolean");
        }
    }

    /** An object field; null when missing, 400 when it is not an object. */
    public static ObjectNode obj(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw ApiException.invalid(400, field, "Field '" + field + "' must be an object");
        }
        return (ObjectNode) node;
    }

    /** An array field; null when missing, 400 when it is not an array. */
    public static ArrayNode arr(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw ApiException.invalid(400, field, "Field '" + field + "' must be an array");
        }
        return (ArrayNode) node;
    }

    /** Converts a stored node to plain Java maps and lists for snapshots. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(JsonNode node) {
        return MAPPER.convertValue(node, Map.class);
    }

    /** Converts a list of nodes to an array node of deep copies. */
    public static ArrayNode arrayOf(List<? extends JsonNode> nodes) {
        ArrayNode array = array();
        nodes.forEach(node -> array.add(node.deepCopy()));
        return array;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
