package io.ledgerbridge.engine.internal.documents;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentDraft;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** How documents are stored as JSON, and the fingerprint that tells a repeated submission from a changed one. */
final class DocumentJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /** The mapper as release 0.1 fingerprinted drafts with. */
    private static final ObjectMapper RELEASE_01 = MAPPER.copy().addMixIn(DocumentDraft.class, DraftOfRelease01.class);

    /** Fields added to drafts after documents were first fingerprinted by value; left out when not given. */
    private static final List<String> LATER_FIELDS = List.of("correctedInvoice");

    private DocumentJson() {}

    static String write(Document d) {
        try {
            return MAPPER.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize document " + d.id(), e);
        }
    }

    static Document read(String json) {
        try {
            return MAPPER.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored document is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * SHA-256 of the draft's canonical JSON: sorted keys, attachments included, numbers by value (150.0 and 150.00
     * are the same amount, so a client that re-serializes numbers repeats the same document).
     */
    static String fingerprint(DocumentDraft draft) {
        JsonNode tree = MAPPER.valueToTree(draft);
        LATER_FIELDS.forEach(field -> {
            if (tree.path(field).isNull()) {
                ((ObjectNode) tree).remove(field); // absent, as before the field existed: the same fingerprint
            }
        });
        normalizeNumbers(tree);
        return hash(MAPPER, tree, draft);
    }

    /**
     * The fingerprint documents were stored with in release 0.1: the draft as it was then (no sourceUrl), numbers as
     * spelled. A repeat of such a document is recognized by it.
     */
    static String legacyFingerprint(DocumentDraft draft) {
        return hash(RELEASE_01, draft, draft);
    }

    /** Leaves out what a draft of release 0.1 did not have. */
    @JsonIgnoreProperties({"sourceUrl", "correctedInvoice"})
    private interface DraftOfRelease01 {}

    private static void normalizeNumbers(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(name -> {
                JsonNode child = o.get(name);
                if (child.isBigDecimal() || child.isFloatingPointNumber() || child.isIntegralNumber()) {
                    o.put(name, child.decimalValue().stripTrailingZeros().toPlainString());
                } else {
                    normalizeNumbers(child);
                }
            });
        } else if (node instanceof ArrayNode a) {
            a.forEach(DocumentJson::normalizeNumbers);
        }
    }

    /** SHA-256 of the value's JSON as the mapper writes it. */
    private static String hash(ObjectMapper mapper, Object value, DocumentDraft draft) {
        try {
            byte[] json = mapper.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint document " + draft.sourceId(), e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
