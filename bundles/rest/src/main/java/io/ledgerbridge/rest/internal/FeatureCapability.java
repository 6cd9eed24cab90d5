package io.ledgerbridge.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the capability by which a Karaf feature says it is a Ledgerbridge connector, so that the store can describe
 * connectors that are not installed yet: {@code io.ledgerbridge.connector;id=sevdesk;name=sevdesk;vendor=…;
 * capabilities="EXPORT,CONTACT_SYNC"}.
 */
final class FeatureCapability {
    static final String NAMESPACE = "io.ledgerbridge.connector";

    private FeatureCapability() {}

    /** The attributes of the clause when it is in the connector namespace, else an empty map. */
    static Map<String, String> connectorAttributes(String clause) {
        List<String> parts = split(clause);
        if (parts.isEmpty() || !parts.get(0).strip().equals(NAMESPACE)) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : parts.subList(1, parts.size())) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                String key = part.substring(0, eq).strip().replaceFirst(":.*$", "");
                String value = part.substring(eq + 1).strip();
                out.put(
                        key,
                        value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                                ? value.substring(1, value.length() - 1)
                                : value);
            }
        }
        return out;
    }

    /** The clause split at semicolons outside double quotes. */
    private static List<String> split(String clause) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : clause.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
