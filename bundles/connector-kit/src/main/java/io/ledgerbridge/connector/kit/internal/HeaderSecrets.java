package io.ledgerbridge.connector.kit.internal;

import io.ledgerbridge.connector.kit.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** Registers the secret inside a sensitive header's value, so that it is masked even where it is echoed back. */
public final class HeaderSecrets {

    private HeaderSecrets() {}

    /**
     * Registers the value of a sensitive header, and for {@code Bearer}/{@code Basic} values also the credentials
     * (for Basic the decoded password).
     *
     * @param redactor the redactor to tell
     * @param name the header name
     * @param value the header value
     */
    public static void register(Redactor redactor, String name, String value) {
        if (!redactor.isSensitiveName(name) || value == null || value.isBlank()) {
            return;
        }
        redactor.addSecret(value);
        int space = value.indexOf(' ');
        if (space < 0) {
            return;
        }
        String scheme = value.substring(0, space).toLowerCase(Locale.ROOT);
        String credentials = value.substring(space + 1).strip();
        if (scheme.equals("bearer") || scheme.equals("token")) {
            redactor.addSecret(credentials);
        } else if (scheme.equals("basic")) {
            redactor.addSecret(credentials);
            redactor.addSecret(basicPassword(credentials));
        }
    }

    private static String basicPassword(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return null; // not base64: the whole value is registered already
        }
    }
}
