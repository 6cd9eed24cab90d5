package io.ledgerbridge.sandbox.internal.control;

import io.ledgerbridge.sandbox.Fault;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The queue of injected faults; each matching request consumes one use of the first matching fault. */
public final class FaultInjector {

    public static final int MAX_FAULTS = 1000;

    private final List<Fault> faults = new ArrayList<>();

    public synchronized void add(Fault fault) {
        if (faults.size() >= MAX_FAULTS) {
            throw new IllegalStateException("at most " + MAX_FAULTS + " faults can be queued");
        }
        faults.add(fault);
    }

    /** The first fault matching the request, with one use consumed; null if none matches. */
    public synchronized Fault take(String method, String path, String relativePath) {
        Iterator<Fault> iterator = faults.iterator();
        while (iterator.hasNext()) {
            Fault fault = iterator.next();
            if (fault.appliesTo(method, path, relativePath)) {
                if (fault.times() == Integer.MAX_VALUE) {
                    return fault;
                }
                int index = faults.indexOf(fault);
                if (fault.times() > 1) {
                    faults.set(index, fault.times(fault.times() - 1));
                } else {
                    faults.remove(index);
                }
                return fault;
            }
        }
        return null;
    }

    public synchronized List<Fault> list() {
        return List.copyOf(faults);
    }

    public synchronized void clear() {
        faults.clear();
    }
}
