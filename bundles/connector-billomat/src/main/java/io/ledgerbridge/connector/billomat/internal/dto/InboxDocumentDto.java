package io.ledgerbridge.connector.billomat.internal.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An inbox document as listed (without its file).
 *
 * @param id Billomat's id
 * @param metadata its metadata entries, key to value
 */
public record InboxDocumentDto(String id, Map<String, String> metadata) {

    public InboxDocumentDto {
        metadata = Map.copyOf(metadata);
    }

    /** Reads a list element; metadata may be {@code {"data":[..]}}, {@code {"data":{..}}}, a list or "". */
    public static InboxDocumentDto from(JsonNode node) {
        JsonNode raw = node.path("metadata");
        JsonNode data = raw.isObject() ? raw.path("data") : raw;
        Map<String, String> metadata = new LinkedHashMap<>();
        if (data.isObject()) {
            put(metadata, data);
        } else if (data.isArray()) {
            data.forEach(entry -> put(metadata, entry));
        }
        return new InboxDocumentDto(Fields.text(node, "id"), metadata);
    }

    private static void put(Map<String, String> metadata, JsonNode entry) {
        String key = Fields.text(entry, "key");
        if (key != null) {
            String value = Fields.text(entry, "value");
            metadata.put(key, value == null ? "" : value);
        }
    }
}
