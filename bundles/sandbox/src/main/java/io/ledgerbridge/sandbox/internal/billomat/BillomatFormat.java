package io.ledgerbridge.sandbox.internal.billomat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Billomat's wire conventions: JSON only on {@code Accept: application/json} or {@code format=json} (XML
 * otherwise), resources wrapped by name, lists as {@code {"invoices":{"invoice":[..],"@page",..}}} with the
 * one-element-object and empty-string quirks, values as strings, and {@code {"errors":{"error":"text"}}}.
 */
final class BillomatFormat {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final String XML = "application/xml; charset=utf-8";

    private BillomatFormat() {}

    static boolean wantsJson(SimRequest request) {
        String format = request.query("format");
        if (format != null) {
            return "json".equalsIgnoreCase(format);
        }
        String accept = request.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
    }

    static SimResponse respond(SimRequest request, int status, JsonNode body) {
        return wantsJson(request)
                ? SimResponse.json(status, body)
                : SimResponse.text(status, XML, BillomatXml.render(body));
    }

    /** A single resource wrapped by name, e.g. {@code {"client":{...}}}. */
    static SimResponse resource(SimRequest request, int status, String name, ObjectNode resource) {
        ObjectNode body = Json.object();
        body.set(name, resource.deepCopy());
        return respond(request, status, body);
    }

    /** A paged list (page from 1, per_page 1-1000, default 100) with Billomat's element quirks. */
    static SimResponse list(SimRequest request, String plural, String singular, List<ObjectNode> all) {
        long perPage = Math.max(1, Math.min(1000, Page.param(request, "per_page", 100)));
        long page = Math.max(1, Page.param(request, "page", 1));
        List<ObjectNode> slice = Page.slice(all, (page - 1) * perPage, perPage);
        ObjectNode envelope = Json.object();
        if (slice.isEmpty()) {
            envelope.put(singular, "");
        } else if (slice.size() == 1) {
            envelope.set(singular, slice.get(0).deepCopy());
        } else {
            envelope.set(singular, Json.arrayOf(slice));
        }
        envelope.put("@page", String.valueOf(page))
                .put("@per_page", String.valueOf(perPage))
                .put("@total", String.valueOf(all.size()));
        ObjectNode body = Json.object();
        body.set(plural, envelope);
        return respond(request, 200, body).withHeader("X-Total-Count", String.valueOf(all.size()));
    }

    static SimResponse error(SimRequest request, int status, String message) {
        ObjectNode body = Json.object();
        body.set("errors", Json.object().put("error", message));
        return respond(request, status, body);
    }

    /** The resource object of a write body, e.g. {@code client} of {@code {"client":{...}}}; else 400. */
    static ObjectNode unwrap(SimRequest request, String name) {
        String contentType = request.header("Content-Type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("xml")) {
            throw new ApiException(
                    415, "The sandbox accepts JSON request bodies only (Content-Type: application/json)");
        }
        ObjectNode resource = Json.obj(Json.parseObject(request.body()), name);
        if (resource == null) {
            throw ApiException.badRequest("Missing element '" + name + "'");
        }
        return resource;
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.atZone(BERLIN));
    }

    static String today(Instant now) {
        return LocalDate.ofInstant(now, BERLIN).toString();
    }

    /** A YYYY-MM-DD date field, or the fallback when missing; anything else fails with 400. */
    static String date(ObjectNode body, String field, String fallback) {
        String value = Json.nonBlank(body, field);
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Invalid value for " + field + ": expected YYYY-MM-DD");
        }
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Copies the given scalar fields as strings (missing fields become empty strings, as Billomat shows). */
    static void copyStrings(ObjectNode source, ObjectNode target, String... fields) {
        for (String field : fields) {
            String value = Json.text(source, field);
            target.put(field, value == null ? "" : value);
        }
    }
}
