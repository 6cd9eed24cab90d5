package io.ledgerbridge.sandbox.internal.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * An in-memory table of JSON objects with deterministic, increasing ids, bounded by a shared {@link Capacity}.
 * Not thread-safe on its own: each simulator serialises access to its state.
 */
public final class Store {

    private final Map<Long, ObjectNode> rows = new LinkedHashMap<>();
    private final Map<Long, Long> contentBytes = new LinkedHashMap<>();
    private final Capacity capacity;
    private long nextId;

    public Store(long firstId, Capacity capacity) {
        this.nextId = firstId;
        this.capacity = capacity;
    }

    /** Creates an object from its new id; fails with 507 when the capacity is exhausted. */
    public ObjectNode insert(LongFunction<ObjectNode> factory) {
        return insert(0, factory);
    }

    /** Like {@link #insert(LongFunction)} for an object that holds {@code bytes} of file content. */
    public ObjectNode insert(long bytes, LongFunction<ObjectNode> factory) {
        capacity.reserve(bytes);
        long id = nextId++;
        ObjectNode row = factory.apply(id);
        rows.put(id, row);
        if (bytes > 0) {
            contentBytes.put(id, bytes);
        }
        return row;
    }

    /** The object with this id (decimal text), or null for unknown or non-numeric ids. */
    public ObjectNode get(String id) {
        if (id == null) {
            return null;
        }
        try {
            return rows.get(Long.parseLong(id.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public ObjectNode remove(String id) {
        ObjectNode row = get(id);
        if (row != null) {
            long key = Long.parseLong(id.trim());
            rows.remove(key);
            capacity.release(contentBytes.getOrDefault(key, 0L));
            contentBytes.remove(key);
        }
        return row;
    }

    /** All objects in id order. */
    public List<ObjectNode> all() {
        return new ArrayList<>(rows.values());
    }

    /** The objects matching a filter, in id order. */
    public List<ObjectNode> where(Predicate<ObjectNode> filter) {
        List<ObjectNode> result = new ArrayList<>();
        for (ObjectNode row : rows.values()) {
            if (filter.test(row)) {
                result.add(row);
            }
        }
        return result;
    }

    public int size() {
        return rows.size();
    }
}
