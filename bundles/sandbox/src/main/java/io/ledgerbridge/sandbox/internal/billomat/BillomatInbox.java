package io.ledgerbridge.sandbox.internal.billomat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import io.ledgerbridge.sandbox.internal.state.CreateCounter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Inbox documents: base64file is required and must decode (else 400); metadata {@code {data:[{key,value}]}}
 * is kept; the list omits base64file, the single read and the create response include it.
 */
final class BillomatInbox {

    static final String KIND_INBOX_METADATA = "inbox_metadata";

    private final Clock clock;
    private final CreateCounter creates;

    BillomatInbox(Clock clock, CreateCounter creates) {
        this.clock = clock;
        this.creates = creates;
    }

    void register(Router router) {
        router.on("POST", "/inbox-documents", this::create)
                .on("GET", "/inbox-documents", request -> {
                    List<ObjectNode> withoutContent = new ArrayList<>();
                    for (ObjectNode document :
                            BillomatClients.account(request).inboxDocuments.all()) {
                        ObjectNode copy = document.deepCopy();
                        copy.remove("base64file");
                        withoutContent.add(copy);
                    }
                    return BillomatFormat.list(request, "inbox-documents", "inbox-document", withoutContent);
                })
                .on(
                        "GET",
                        "/inbox-documents/{id}",
                        request -> BillomatFormat.resource(request, 200, "inbox-document", required(request)))
                .on("DELETE", "/inbox-documents/{id}", request -> {
                    BillomatClients.account(request)
                            .inboxDocuments
                            .remove(required(request).path("id").asText());
                    return SimResponse.empty(200);
                });
    }

    private SimResponse create(SimRequest request) {
        ObjectNode input = BillomatFormat.unwrap(request, "inbox-document");
        String base64 = Json.nonBlank(input, "base64file");
        if (base64 == null) {
            throw ApiException.badRequest("Missing value for base64file");
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Invalid value for base64file: not base64");
        }
        if (content.length == 0) {
            throw ApiException.badRequest("Invalid value for base64file: empty file");
        }
        ArrayNode metadata = metadata(input);
        String now = BillomatFormat.timestamp(clock.instant());
        ObjectNode document = BillomatClients.account(request).inboxDocuments.insert(content.length, id -> {
            ObjectNode node = Json.object()
                    .put("id", String.valueOf(id))
                    .put("created", now)
                    .put("updated", now)
                    .put("user_id", "1")
                    .put("filename", Objects.requireNonNullElse(Json.text(input, "filename"), "document.pdf"))
                    .put("mimetype", mimeType(content))
                    .put("filesize", String.valueOf(content.length))
                    .put("page_count", "1")
                    .put("document_type", Objects.requireNonNullElse(Json.text(input, "document_type"), "other"))
                    .put("base64file", base64);
            node.set("metadata", Json.object().set("data", metadata));
            return node;
        });
        creates.record(KIND_INBOX_METADATA, metadataKey(metadata));
        return BillomatFormat.resource(request, 201, "inbox-document", document);
    }

    /** The file's type as Billomat detects it from the content (the create call has no field for it). */
    private static String mimeType(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 5), java.nio.charset.StandardCharsets.US_ASCII);
        if (start.startsWith("%PDF-")) {
            return "application/pdf";
        }
        return start.startsWith("<") ? "application/xml" : "application/octet-stream";
    }

    /** Normalises metadata given as {data:[..]}, {data:{..}} or a bare list to a list of {key,value}. */
    private static ArrayNode metadata(ObjectNode input) {
        JsonNode raw = input.get("metadata");
        ArrayNode result = Json.array();
        if (raw == null || raw.isNull() || raw.isTextual() && raw.asText().isEmpty()) {
            return result;
        }
        JsonNode data = raw.isObject() ? raw.get("data") : raw;
        if (data == null || !(data.isArray() || data.isObject())) {
            throw ApiException.badRequest("Invalid value for metadata: expected {\"data\":[{\"key\",\"value\"}]}");
        }
        for (JsonNode entry : data.isArray() ? data : Json.array().add(data)) {
            String key = Json.nonBlank(entry, "key");
            if (!entry.isObject() || key == null) {
                throw ApiException.badRequest("Invalid value for metadata: every entry needs a key");
            }
            result.addObject().put("key", key).put("value", Objects.requireNonNullElse(Json.text(entry, "value"), ""));
        }
        return result;
    }

    /** The natural key of a document: its metadata as sorted key=value pairs joined by '&'. */
    private static String metadataKey(ArrayNode metadata) {
        TreeMap<String, String> sorted = new TreeMap<>();
        metadata.forEach(entry ->
                sorted.put(entry.path("key").asText(), entry.path("value").asText()));
        StringBuilder key = new StringBuilder();
        sorted.forEach((name, value) -> key.append(key.length() == 0 ? "" : "&")
                .append(name)
                .append('=')
                .append(value));
        return key.toString();
    }

    private static ObjectNode required(SimRequest request) {
        ObjectNode document = BillomatClients.account(request).inboxDocuments.get(request.param("id"));
        if (document == null) {
            throw ApiException.notFound("Inbox document " + request.param("id") + " not found");
        }
        return document;
    }
}
