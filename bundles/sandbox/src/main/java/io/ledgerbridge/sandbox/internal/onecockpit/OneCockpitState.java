package io.ledgerbridge.sandbox.internal.onecockpit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.state.Capacity;
import io.ledgerbridge.sandbox.internal.state.Store;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Everything one OneCockpit simulator holds (ASSUMED contract); replaced by a fresh instance on reset. */
final class OneCockpitState {

    final Capacity capacity = new Capacity();
    final Store customers = new Store(1, capacity);
    final Store invoices = new Store(1, capacity);
    final Map<String, ObjectNode> customersByEmail = new HashMap<>();
    final Map<String, ObjectNode> invoicesByNumber = new HashMap<>();
    final Set<String> apiKeys = new LinkedHashSet<>();
    final Map<String, long[]> windows = new HashMap<>();
    int requestsPerSecond;

    OneCockpitState(String apiKey, int requestsPerSecond) {
        this.apiKeys.add(apiKey);
        this.requestsPerSecond = requestsPerSecond;
    }

    /** Counts a request of this key in the current one-second window; false when over the limit. */
    boolean admit(String apiKey, long epochSecond) {
        long[] window = windows.computeIfAbsent(apiKey, key -> new long[] {epochSecond, 0});
        if (window[0] != epochSecond) {
            window[0] = epochSecond;
            window[1] = 0;
        }
        if (window[1] >= requestsPerSecond) {
            return false;
        }
        window[1]++;
        return true;
    }
}
