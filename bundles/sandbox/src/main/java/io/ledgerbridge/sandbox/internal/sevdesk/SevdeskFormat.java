package io.ledgerbridge.sandbox.internal.sevdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Page;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * sevdesk's wire conventions: the {@code objects} envelope, ids and numbers as strings, {@code {id,objectName}}
 * references, ISO-8601 timestamps with the Berlin offset, and the {@code {"error":{...}}} error body.
 */
final class SevdeskFormat {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final long DEFAULT_LIMIT = 100;
    private static final long MAX_LIMIT = 1000;

    private SevdeskFormat() {}

    static SimResponse objects(int status, JsonNode payload) {
        ObjectNode body = Json.object();
        body.set("objects", payload);
        return SimResponse.json(status, body);
    }

    /** A list response honouring limit (1-1000, default 100), offset and countAll. */
    static SimResponse list(SimRequest request, List<ObjectNode> all) {
        long limit = Math.min(MAX_LIMIT, Page.param(request, "limit", DEFAULT_LIMIT));
        long offset = Page.param(request, "offset", 0);
        ObjectNode body = Json.object();
        body.set("objects", Json.arrayOf(Page.slice(all, offset, limit)));
        if ("true".equalsIgnoreCase(request.query("countAll")) || "1".equals(request.query("countAll"))) {
            body.put("total", String.valueOf(all.size()));
        }
        return SimResponse.json(200, body);
    }

    static SimResponse error(int status, String message) {
        ObjectNode error = Json.object();
        error.put("message", message);
        error.putNull("code");
        error.put("exceptionUUID", UUID.randomUUID().toString());
        ObjectNode body = Json.object();
        body.set("error", error);
        return SimResponse.json(status, body);
    }

    static ObjectNode ref(String id, String objectName) {
        return Json.object().put("id", id).put("objectName", objectName);
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.atZone(BERLIN));
    }

    /** Parses a write-body date: unix seconds, dd.mm.yyyy, yyyy-mm-dd or ISO date-time; else 400. */
    static Instant parseDate(String field, String value) {
        String text = value.trim();
        try {
            if (text.matches("\\d{1,12}")) {
                return Instant.ofEpochSecond(Long.parseLong(text));
            }
            if (text.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                return LocalDate.parse(text, GERMAN_DATE).atStartOfDay(BERLIN).toInstant();
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay(BERLIN).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw ApiException.invalid(400, field, "Invalid date in field '" + field + "': " + value);
        }
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Copies scalar fields as strings (null stays null), the way sevdesk echoes them. */
    static void copyText(JsonNode source, ObjectNode target, String... fields) {
        for (String field : fields) {
            String value = Json.text(source, field);
            if (value == null) {
                target.putNull(field);
            } else {
                target.put(field, value);
            }
        }
    }

    /** The id of a {@code {id, objectName}} reference field, or null when the field is missing. */
    static String refId(JsonNode parent, String field) {
        ObjectNode reference = Json.obj(parent, field);
        return reference == null ? null : Json.nonBlank(reference, "id");
    }

    static ArrayNode emptyArray() {
        return Json.array();
    }
}
