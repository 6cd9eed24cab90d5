package io.ledgerbridge.sandbox.internal.onecockpit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.state.Capacity;
import io.ledgerbridge.sandbox.internal.state.Store;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Everything one OneCockpit simulator holds (ASSUMED contract); replaced by a fresh instance on reset. */
final class OneCockpitState {

    /** The one account of the simulator: every user, key and token belongs to it. */
    static final String ACCOUNT_ID = "4711";

    static final String ACCOUNT_NAME = "Sandbox Agentur GmbH";
    /** Issued tokens kept at most; the oldest is forgotten first (and gets 401 from then on). */
    static final int MAX_TOKENS = 10_000;

    final Capacity capacity = new Capacity();
    final Store customers = new Store(1, capacity);
    final Store invoices = new Store(1, capacity);
    final Map<String, ObjectNode> customersByEmail = new HashMap<>();
    final Map<String, ObjectNode> invoicesByNumber = new HashMap<>();
    final Set<String> apiKeys = new LinkedHashSet<>();
    /** Users by lower-cased name, with their passwords. */
    final Map<String, String> users = new HashMap<>();
    /** Issued API tokens, with the (lower-cased) user each was issued to. */
    final Map<String, String> tokens = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_TOKENS;
        }
    };

    final Map<String, long[]> windows = new HashMap<>();
    int requestsPerSecond;
    private final SecureRandom random = new SecureRandom();

    OneCockpitState(String apiKey, String user, String password, int requestsPerSecond) {
        this.apiKeys.add(apiKey);
        this.users.put(user, password);
        this.requestsPerSecond = requestsPerSecond;
    }

    /** True for a seeded or added key and for a token issued and not revoked. */
    boolean validKey(String key) {
        return key != null && (apiKeys.contains(key) || tokens.containsKey(key));
    }

    String issueToken(String user) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "oc_" + HexFormat.of().formatHex(bytes);
        tokens.put(token, user);
        return token;
    }

    void revokeTokens(String user) {
        tokens.values().removeIf(owner -> owner.equals(user));
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

    static ApiException rateLimited(int requestsPerSecond) {
        return new ApiException(429, "Rate limit of " + requestsPerSecond + " requests per second exceeded")
                .withHeader("Retry-After", "1");
    }
}
