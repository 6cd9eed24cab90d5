package io.ledgerbridge.engine.internal.admin;

import io.ledgerbridge.model.spi.CommonSetting;
import io.ledgerbridge.model.spi.ConnectionRole;
import io.ledgerbridge.model.spi.SettingsLayout;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the common settings a new connection leaves empty with the connector's defaults, so that they are stored
 * with it and keep holding when the connector is uninstalled or its defaults change in a later version.
 */
final class CommonDefaults {
    /** Stored when empty: they change what a connection does, so what it does must not depend on the release. */
    private static final List<CommonSetting> STORED = List.of(
            CommonSetting.ROLE,
            CommonSetting.TRIGGERS,
            CommonSetting.IMPORT_INTERVAL,
            CommonSetting.IMPORT_DOCUMENT_TYPE);

    private CommonDefaults() {}

    static Map<String, Object> applied(Map<String, Object> settings, SettingsLayout layout) {
        Map<String, Object> out = new HashMap<>(settings);
        ConnectionRole role =
                ConnectionRole.of(text(out.get(CommonSetting.ROLE.key()))).orElse(ConnectionRole.EXPORT);
        for (CommonSetting s : STORED) {
            List<String> defaults = layout.defaultOf(s);
            if (s.roles().contains(role) && isEmpty(out.get(s.key())) && !defaults.isEmpty()) {
                out.put(s.key(), s.multiple() ? defaults : defaults.get(0));
            }
        }
        return out;
    }

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }

    private static boolean isEmpty(Object v) {
        return v == null
                || v.toString().isBlank()
                || v instanceof Collection<?> c && c.isEmpty()
                || v instanceof Object[] a && a.length == 0;
    }
}
