package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.FieldError;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.servlet.http.HttpServletRequest;

/**
 * The query parameters of a request, read from its query string only (never from a form body) and checked against
 * the parameters its route accepts: an unknown parameter, one given twice, or one whose percent-escapes are
 * malformed is refused with 400 naming it.
 */
final class QueryParameters {
    /** The request attribute the checked parameters are kept under for the route's handler. */
    static final String ATTRIBUTE = QueryParameters.class.getName();

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads and checks the request's query string against the accepted parameter names.
     *
     * @throws Json.BadRequest 400 naming every parameter that is unknown, repeated or malformed
     */
    static QueryParameters check(String queryString, Set<String> accepted) {
        Map<String, String> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (String pair : queryString == null || queryString.isEmpty() ? new String[0] : queryString.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name == null || value == null) {
                errors.add(new FieldError(
                        printable(pair), "has a malformed percent-escape (use %XX with two hex digits)"));
            } else if (!accepted.contains(name)) {
                errors.add(new FieldError(printable(name), "is not a known parameter " + acceptedOnes(accepted)));
            } else if (values.putIfAbsent(name, value) != null) {
                errors.add(new FieldError(name, "must be given once"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Json.BadRequest(400, "invalid query parameters; nothing was changed", errors);
        }
        return new QueryParameters(values);
    }

    /** The checked parameters of a routed request (none when the request was not routed through the check). */
    static QueryParameters of(HttpServletRequest request) {
        Object checked = request.getAttribute(ATTRIBUTE);
        return checked instanceof QueryParameters q ? q : new QueryParameters(Map.of());
    }

    /** The parameter's value, or null when absent or empty. */
    String get(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The parameters as the servlet API's map, for readers written against it. */
    Map<String, String[]> asMap() {
        Map<String, String[]> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, new String[] {v}));
        return out;
    }

    private static String acceptedOnes(Set<String> accepted) {
        return accepted.isEmpty()
                ? "(this call takes none)"
                : "(accepted: " + String.join(", ", new TreeSet<>(accepted)) + ")";
    }

    /** The percent-decoded text ({@code +} is a space), or null when an escape is malformed or not UTF-8. */
    private static String decode(String raw) {
        byte[] out = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return null; // Jetty hands the raw query over; anything outside ASCII must come escaped
            } else {
                out[n++] = (byte) (c == '+' ? ' ' : c);
            }
        }
        return strictUtf8(out, n);
    }

    /** The name as it may be shown in an answer: at most 60 printable characters. */
    private static String printable(String name) {
        String shown = name.replaceAll("[^\\x20-\\x7e]", "?");
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }

    /** Strict UTF-8 decoding: malformed bytes are refused (null), not replaced. */
    private static String strictUtf8(byte[] bytes, int length) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
