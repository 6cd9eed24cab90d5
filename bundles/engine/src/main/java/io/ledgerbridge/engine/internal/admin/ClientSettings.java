package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.engine.internal.connections.ConnectionKeys;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings of a client's connection: its partner connection's settings with the client's own values laid over
 * them. They are stored complete in the client's configuration (the connector's component reads its configuration
 * only), with the names of the client's own values in {@link #OVERRIDES}, so that a change of the partner's settings
 * can be passed on without overwriting what the client set.
 */
final class ClientSettings {
    /** The settings the client set itself (the others come from the partner connection). */
    static final String OVERRIDES = "clientOverrides";
    /** Settings every client connection has of its own. */
    private static final Set<String> OWN = Set.of(ConnectionKeys.TENANT, ConnectionKeys.NAME, ConnectionKeys.ACTIVE,
            ConnectionKeys.PARTNER_CONNECTION, OVERRIDES);

    private ClientSettings() {
    }

    static boolean isClient(Map<String, Object> settings) {
        Object partner = settings.get(ConnectionKeys.PARTNER_CONNECTION);
        return partner != null && !partner.toString().isBlank();
    }

    /** The names of the client's own values among {@code given} (those that are not empty). */
    static Set<String> overridesIn(Map<String, Object> given) {
        Set<String> out = new TreeSet<>();
        given.forEach((k, v) -> {
            if (!OWN.contains(k) && !isEmpty(v)) {
                out.add(k);
            }
        });
        return out;
    }

    /** The overrides recorded in a stored client configuration. */
    static Set<String> recorded(Map<String, Object> stored) {
        Object v = stored.get(OVERRIDES);
        Collection<?> items = v instanceof String[] a ? Arrays.asList(a) : v instanceof Collection<?> c ? c
                : v == null ? List.of() : Arrays.asList(v.toString().split(","));
        Set<String> out = new TreeSet<>();
        items.forEach(i -> out.add(i.toString().strip()));
        out.remove("");
        return out;
    }

    /**
     * The complete settings of a client connection.
     *
     * @param partner the partner connection's settings (framework properties removed)
     * @param client the client's settings, of which its own settings and {@code overrides} are kept
     * @param overrides the names of the client's own values
     */
    static Map<String, Object> merge(Map<String, Object> partner, Map<String, Object> client, Set<String> overrides) {
        Map<String, Object> out = new HashMap<>(partner);
        out.keySet().removeAll(OWN);
        client.forEach((k, v) -> {
            if (OWN.contains(k) || overrides.contains(k)) {
                out.put(k, v);
            }
        });
        out.put(OVERRIDES, List.copyOf(overrides));
        return out;
    }

    private static boolean isEmpty(Object v) {
        return v == null || v.toString().isBlank() || v instanceof Collection<?> c && c.isEmpty()
                || v instanceof Object[] a && a.length == 0;
    }
}
