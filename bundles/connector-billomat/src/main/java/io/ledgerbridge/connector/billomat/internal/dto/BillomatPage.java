package io.ledgerbridge.connector.billomat.internal.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a Billomat list, {@code {"invoices":{"invoice":[..],"@page":"1","@per_page":"100","@total":"2"}}},
 * with its quirks: one element comes as an object instead of a list, none as {@code ""} (or missing).
 *
 * @param items the elements of this page
 * @param page the page number, from 1
 * @param perPage the page size the server used
 * @param total the number of elements over all pages
 * @param <T> the element type
 */
public record BillomatPage<T>(List<T> items, int page, int perPage, int total) {

    public BillomatPage {
        items = List.copyOf(items);
    }

    /** True when pages after this one hold more elements. */
    public boolean hasMore() {
        return (long) page * perPage < total;
    }

    /**
     * Reads a list reply.
     *
     * @param root the whole reply
     * @param plural the envelope name, e.g. "invoices"
     * @param singular the element name, e.g. "invoice"
     * @param reader reads one element
     * @return the page; a reply without the envelope is an empty first page
     */
    public static <T> BillomatPage<T> parse(
            JsonNode root, String plural, String singular, Function<JsonNode, T> reader) {
        JsonNode envelope = root.path(plural);
        List<T> items = new ArrayList<>();
        JsonNode elements = envelope.path(singular);
        if (elements.isArray()) {
            elements.forEach(element -> items.add(reader.apply(element)));
        } else if (elements.isObject()) {
            items.add(reader.apply(elements));
        }
        int page = number(envelope, "@page", 1);
        int perPage = number(envelope, "@per_page", Math.max(1, items.size()));
        int total = number(envelope, "@total", (page - 1) * perPage + items.size());
        return new BillomatPage<>(items, page, Math.max(1, perPage), total);
    }

    private static int number(JsonNode envelope, String field, int fallback) {
        String text = Fields.text(envelope, field);
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
