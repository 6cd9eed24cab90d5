package io.ledgerbridge.rest.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON may spell a character as a {@code \\uXXXX} escape; half of a surrogate pair alone is no character at all,
 * and would be stored as {@code ?}. A body with one is refused before it is read.
 */
final class LoneSurrogates {
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([dD][89a-fA-F][0-9a-fA-F]{2})");

    /** One surrogate escape: where it stands and which half it is. */
    private record Half(int start, int end, String hex, boolean high) {}

    private LoneSurrogates() {}

    static void refuse(byte[] body) {
        List<Half> halves = halves(new String(body, StandardCharsets.ISO_8859_1)); // escapes are ASCII
        for (int i = 0; i < halves.size(); i++) {
            Half h = halves.get(i);
            boolean paired = h.high()
                    && i + 1 < halves.size()
                    && !halves.get(i + 1).high()
                    && halves.get(i + 1).start() == h.end();
            if (!paired) {
                throw new Json.BadRequest(
                        400,
                        "the body contains half a surrogate pair (\\u" + h.hex() + "), which is no character: send "
                                + "text as UTF-8",
                        List.of());
            }
            i++; // the low half of the pair
        }
    }

    private static List<Half> halves(String text) {
        List<Half> out = new ArrayList<>();
        Matcher m = ESCAPE.matcher(text);
        while (m.find()) {
            if (escapedBackslash(text, m.start())) {
                continue; // "\\ud800" is the text \ud800, no escape
            }
            char c = (char) Integer.parseInt(m.group(1), 16);
            out.add(new Half(m.start(), m.end(), m.group(1), Character.isHighSurrogate(c)));
        }
        return out;
    }

    /** True when the backslash at {@code at} is itself escaped (an odd number of backslashes before it). */
    private static boolean escapedBackslash(String text, int at) {
        int n = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
