package io.ledgerbridge.model.spi;

import java.util.Locale;
import java.util.Optional;

/** Whether a connection sends documents to its target or brings documents in from it. */
public enum ConnectionRole {
    EXPORT,
    IMPORT;

    /** The value stored in a connection's {@code role} setting: "export" or "import". */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a stored value names (case-insensitive); empty for anything else. */
    public static Optional<ConnectionRole> of(String value) {
        for (ConnectionRole r : values()) {
            if (r.value().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
