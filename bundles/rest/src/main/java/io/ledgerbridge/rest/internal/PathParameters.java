package io.ledgerbridge.rest.internal;

import java.util.Map;

/**
 * The values a request gave the placeholders of its route, e.g. {@code id = c1} for {@code {id}/test} and
 * {@code /c1/test}.
 *
 * @param values the value of each placeholder, by name without braces
 */
record PathParameters(Map<String, String> values) {
    PathParameters {
        values = Map.copyOf(values);
    }

    /**
     * The value of the placeholder.
     *
     * @throws IllegalArgumentException when the route has no such placeholder (a mistake in the servlet)
     */
    String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(
                    "the route has no placeholder {" + name + "}; it has " + values.keySet());
        }
        return value;
    }
}
