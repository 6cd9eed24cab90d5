package io.ledgerbridge.sandbox.internal.control;

import io.ledgerbridge.sandbox.RecordedRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** The bounded request log of one simulator; beyond {@link #MAX_ENTRIES} the oldest entries are evicted. */
public final class RequestLog {

    public static final int MAX_ENTRIES = 100_000;

    private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();

    public synchronized void add(RecordedRequest entry) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    public synchronized List<RecordedRequest> entries() {
        return new ArrayList<>(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
