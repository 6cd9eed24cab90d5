package io.ledgerbridge.engine.internal.documents;

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
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.LineItem;
import io.ledgerbridge.model.NewAttachment;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.Totals;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/** How documents are stored as JSON, and the fingerprint that tells a repeated submission from a changed one. */
final class DocumentJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

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
        ObjectNode tree = compatibleTree(draft);
        normalizeNumbers(tree);
        return hash(tree, draft);
    }

    /**
     * The fingerprint documents were stored with in release 0.1: the draft as it was then (no sourceUrl), numbers as
     * spelled. A repeat of such a document is recognized by it.
     */
    static String legacyFingerprint(DocumentDraft d) {
        return hash(
                new DraftOfRelease01(
                        d.tenantId(),
                        d.sourceId(),
                        d.type(),
                        d.direction(),
                        d.number(),
                        d.issueDate(),
                        d.deliveryDate(),
                        d.dueDate(),
                        d.currency(),
                        d.lines(),
                        d.totals(),
                        d.party(),
                        d.tags(),
                        d.attachments()),
                d);
    }

    /** The components of a draft in release 0.1, for {@link #legacyFingerprint}. */
    private record DraftOfRelease01(
            String tenantId,
            String sourceId,
            DocumentType type,
            Direction direction,
            String number,
            LocalDate issueDate,
            LocalDate deliveryDate,
            LocalDate dueDate,
            String currency,
            List<LineItem> lines,
            Totals totals,
            Party party,
            List<String> tags,
            List<NewAttachment> attachments) {}

    /** The draft as JSON, without sourceUrl while it is unset. */
    private static ObjectNode compatibleTree(DocumentDraft draft) {
        ObjectNode tree = MAPPER.valueToTree(draft);
        if (tree.path("sourceUrl").isNull()) {
            tree.remove("sourceUrl");
        }
        return tree;
    }

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

    /** SHA-256 of the value's JSON (a record as such: its components sorted by name, as release 0.1 wrote them). */
    private static String hash(Object value, DocumentDraft draft) {
        try {
            byte[] json = MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
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
