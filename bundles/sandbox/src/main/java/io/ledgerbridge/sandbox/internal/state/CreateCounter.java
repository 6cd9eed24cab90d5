package io.ledgerbridge.sandbox.internal.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts creates per natural key (e.g. invoice number) so tests can assert "no duplicates".
 * Bounded like the stores it mirrors: at most {@link Capacity#MAX_OBJECTS} keys per kind.
 */
public final class CreateCounter {

    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

    public synchronized void record(String kind, String key) {
        if (key == null || key.isEmpty()) {
            return;
        }
        Map<String, Integer> perKey = counts.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        if (perKey.size() < Capacity.MAX_OBJECTS || perKey.containsKey(key)) {
            perKey.merge(key, 1, Integer::sum);
        }
    }

    public synchronized int count(String kind, String key) {
        return counts.getOrDefault(kind, Map.of()).getOrDefault(key, 0);
    }

    public synchronized Map<String, Integer> counts(String kind) {
        return new LinkedHashMap<>(counts.getOrDefault(kind, Map.of()));
    }

    public synchronized Map<String, Map<String, Integer>> all() {
        Map<String, Map<String, Integer>> copy = new TreeMap<>();
        counts.forEach((kind, perKey) -> copy.put(kind, new LinkedHashMap<>(perKey)));
        return copy;
    }

    /** Keys counted more than once, per kind; kinds without duplicates are left out. */
    public synchronized Map<String, Map<String, Integer>> duplicates() {
        Map<String, Map<String, Integer>> result = new TreeMap<>();
        counts.forEach((kind, perKey) -> perKey.forEach((key, count) -> {
            if (count > 1) {
                result.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(key, count);
            }
        }));
        return result;
    }

    public synchronized void clear() {
        counts.clear();
    }
}
