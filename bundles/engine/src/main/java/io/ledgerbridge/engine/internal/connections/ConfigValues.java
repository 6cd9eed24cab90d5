package io.ledgerbridge.engine.internal.connections;

import java.util.Collection;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;

/** Converts settings between JSON-like maps and ConfigAdmin dictionaries (text, booleans and lists of text). */
public final class ConfigValues {
    private ConfigValues() {}

    public static Dictionary<String, Object> toDictionary(Map<String, Object> settings) {
        Hashtable<String, Object> d = new Hashtable<>();
        settings.forEach((k, v) -> {
            if (v instanceof Collection<?> c) {
                d.put(k, c.stream().map(String::valueOf).toArray(String[]::new));
            } else if (v instanceof Boolean || v instanceof String[]) {
                d.put(k, v);
            } else if (v != null) {
                d.put(k, v.toString());
            }
        });
        return d;
    }

    /** True for the properties the framework adds (service.pid, felix.fileinstall.filename, ...): no settings. */
    public static boolean isFrameworkProperty(String key) {
        return key.startsWith("service.") || key.startsWith("felix.") || key.startsWith("component.");
    }

    public static Map<String, Object> toMap(Dictionary<String, Object> d) {
        Map<String, Object> m = new HashMap<>();
        if (d != null) {
            for (String k : Collections.list(d.keys())) {
                m.put(k, d.get(k));
            }
        }
        return m;
    }
}
