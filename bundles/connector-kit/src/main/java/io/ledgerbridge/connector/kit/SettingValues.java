package io.ledgerbridge.connector.kit;

import java.net.URI;
import java.util.Collection;
import java.util.Map;

/**
 * Reading a connection's settings as {@code ConnectorType.validate} gets them: values from the REST API, the web
 * UI or a {@code .cfg} file, as text, lists or arrays.
 */
public final class SettingValues {
    private SettingValues() {}

    /** The setting as text (the first element of a list), or null when it is missing or blank. */
    public static String text(Map<String, Object> settings, String key) {
        Object value = settings.get(key);
        if (value instanceof Collection<?> c) {
            value = c.isEmpty() ? null : c.iterator().next();
        } else if (value instanceof Object[] a) {
            value = a.length == 0 ? null : a[0];
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /**
     * True for an https address without query or fragment, or an http one on the loopback interface (where the
     * sandbox simulators run): what a target's base URL may be.
     */
    public static boolean isHttpsOrLoopback(String url) {
        try {
            URI u = URI.create(url.strip());
            String host = u.getHost();
            if (host == null || u.getRawQuery() != null || u.getRawFragment() != null) {
                return false;
            }
            boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
            return "https".equals(u.getScheme()) || "http".equals(u.getScheme()) && loopback;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
