package io.ledgerbridge.connector.kit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** A minimal multipart/form-data reader for tests: parts by field name, bytes exact. */
final class Multipart {

    private record Part(String headers, byte[] content) {}

    private final Map<String, Part> parts = new LinkedHashMap<>();

    private Multipart() {}

    static Multipart parse(String contentType, byte[] body) {
        String boundary = contentType.replaceFirst("(?s).*boundary=\"?([^\";]+)\"?.*", "$1");
        // ISO-8859-1 maps every byte to one char and back, so binary parts survive the split
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Multipart multipart = new Multipart();
        for (String chunk : text.split("\r\n--" + Pattern.quote(boundary))) {
            String part = chunk.startsWith("--" + boundary) ? chunk.substring(2 + boundary.length()) : chunk;
            int headersEnd = part.indexOf("\r\n\r\n");
            if (part.startsWith("--") || headersEnd < 0) {
                continue; // the preamble or the closing delimiter
            }
            String headers = new String(
                    part.substring(0, headersEnd).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            String name = headers.replaceFirst("(?s).*?[; ]name=\"([^\"]*)\".*", "$1");
            byte[] content = part.substring(headersEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
            multipart.parts.put(name, new Part(headers, content));
        }
        return multipart;
    }

    byte[] content(String name) {
        return part(name).content();
    }

    String headers(String name) {
        return part(name).headers();
    }

    private Part part(String name) {
        Part part = parts.get(name);
        if (part == null) {
            throw new AssertionError("no part " + name + " in " + parts.keySet());
        }
        return part;
    }
}
