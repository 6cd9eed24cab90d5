package io.ledgerbridge.sandbox.internal.http;

import java.util.List;

/** Offset/limit slicing shared by the list endpoints. */
public final class Page {

    private Page() {}

    /** The elements from {@code offset}, at most {@code limit} of them; out-of-range offsets give an empty list. */
    public static <T> List<T> slice(List<T> all, long offset, long limit) {
        if (offset >= all.size() || limit <= 0) {
            return List.of();
        }
        int from = (int) Math.max(0, offset);
        int to = (int) Math.min(all.size(), from + limit);
        return all.subList(from, to);
    }

    /** Parses a non-negative integer query parameter, or returns the default; garbage fails with 400. */
    public static long param(SimRequest request, String name, long defaultValue) {
        String value = request.query(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 0) {
                throw ApiException.invalid(400, name, "Parameter '" + name + "' must not be negative");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.invalid(400, name, "Parameter '" + name + "' must be an integer");
        }
    }
}
