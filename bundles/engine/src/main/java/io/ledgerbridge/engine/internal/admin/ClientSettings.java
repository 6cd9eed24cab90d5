package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.engine.internal.connections.ConfigValues;
import io.ledgerbridge.engine.internal.connections.ConnectionKeys;
import io.ledgerbridge.model.service.SettingOrigin;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The partner → client rule: a client's connection stores its partner connection's settings complete (the connector
 * reads only its own configuration) with the client's own values laid over them, and names those in
 * {@link #OVERRIDES}, so that a change of the partner's settings is passed on without overwriting what the client set.
 */
final class ClientSettings {
    /** The settings the client set itself (the others come from the partner connection). */
    static final String OVERRIDES = "clientOverrides";
    /** Settings every client connection has of its own, never taken from the partner. */
    private static final Set<String> OWN = Set.of(
            ConnectionKeys.TENANT,
            ConnectionKeys.NAME,
            ConnectionKeys.ACTIVE,
            ConnectionKeys.PARTNER_CONNECTION,
            OVERRIDES);

    /** The settings to store for a client connection, and where each comes from. */
    record Result(Map<String, Object> settings, Map<String, SettingOrigin> origins) {}

    private ClientSettings() {}

    static boolean isClient(Map<String, Object> settings) {
        Object partner = settings.get(ConnectionKeys.PARTNER_CONNECTION);
        return partner != null && !partner.toString().isBlank();
    }

    /**
     * A change of any connection: the settings given replace the stored ones, except that an empty secret keeps
     * the stored one (secrets are never shown, so a form sends them empty).
     */
    static Map<String, Object> changed(Map<String, Object> stored, Map<String, Object> change, Set<String> secrets) {
        Map<String, Object> out = new HashMap<>(stored);
        change.forEach((k, v) -> {
            if (!(secrets.contains(k) && isEmpty(v))) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * A client connection's settings after a change. A given value becomes the client's own unless it is empty or
     * the partner's value (forms show the partner's values, so sending one back means "as the partner"); then the
     * setting follows the partner again. Secrets are never shown, so an entered one is the client's own, an empty
     * one keeps what is stored and {@code null} follows the partner again. The client's tenant, name, active switch
     * and partner connection are always its own.
     *
     * @param partner the partner connection's settings (secrets in plain text, no framework properties)
     * @param stored the client's stored settings (secrets in plain text); empty for a new connection
     * @param change the settings given; empty when the partner's settings changed
     * @param secrets the names of the connector's PASSWORD settings
     */
    static Result apply(
            Map<String, Object> partner, Map<String, Object> stored, Map<String, Object> change, Set<String> secrets) {
        Set<String> own = recorded(stored);
        Map<String, Object> values = new HashMap<>(stored);
        change.forEach((k, v) -> {
            if (OWN.contains(k)) {
                values.put(k, v);
            } else if (secrets.contains(k) ? v == null : isEmpty(v) || same(v, partner.get(k))) {
                own.remove(k); // the partner's value again
            } else if (!(secrets.contains(k) && isEmpty(v))) { // an empty secret keeps what is stored
                own.add(k);
                values.put(k, v);
            }
        });
        Map<String, Object> out = new HashMap<>(partner);
        out.keySet().removeAll(OWN);
        values.forEach((k, v) -> {
            if ((OWN.contains(k) || own.contains(k)) && v != null) {
                out.put(k, v);
            }
        });
        out.put(OVERRIDES, List.copyOf(own));
        return new Result(out, origins(out));
    }

    /** Where each stored setting of a connection comes from (framework properties and {@link #OVERRIDES} left out). */
    static Map<String, SettingOrigin> origins(Map<String, Object> stored) {
        boolean client = isClient(stored);
        Set<String> own = recorded(stored);
        Map<String, SettingOrigin> out = new TreeMap<>();
        stored.keySet().stream()
                .filter(k -> !ConfigValues.isFrameworkProperty(k))
                .forEach(k -> out.put(
                        k, !client || OWN.contains(k) || own.contains(k) ? SettingOrigin.OWN : SettingOrigin.PARTNER));
        if (client) {
            OWN.forEach(k -> out.put(k, SettingOrigin.OWN)); // even when empty: never the partner's
        }
        out.remove(OVERRIDES);
        return out;
    }

    /** The overrides recorded in a stored client configuration (a list, or comma-separated text in a .cfg file). */
    static Set<String> recorded(Map<String, Object> stored) {
        Object v = stored.get(OVERRIDES);
        Set<String> out = new TreeSet<>(texts(v instanceof String s ? s.split(",") : v));
        out.remove("");
        out.removeAll(OWN);
        return out;
    }

    /** Whether two values mean the same: equal text, lists in any order, "true" and true. */
    private static boolean same(Object a, Object b) {
        return texts(a).stream()
                .sorted()
                .toList()
                .equals(texts(b).stream().sorted().toList());
    }

    private static boolean isEmpty(Object v) {
        return texts(v).stream().allMatch(String::isBlank);
    }

    private static List<String> texts(Object v) {
        Stream<?> items = v instanceof Collection<?> c
                ? c.stream()
                : v instanceof Object[] a ? Arrays.stream(a) : v == null ? Stream.empty() : Stream.of(v);
        return items.map(i -> String.valueOf(i).strip()).toList();
    }
}
