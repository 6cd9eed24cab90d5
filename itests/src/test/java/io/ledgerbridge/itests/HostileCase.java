package io.ledgerbridge.itests;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of {@code hostile/cases.tsv}: a request an attacker or a careless client sends, and the status the API
 * must answer. Columns (tab separated, {@code -} for none): endpoint, user ({@code demo}, {@code admin},
 * {@code user:password}), method ({@code RAW}: the body column is the whole request), target, headers
 * ({@code Name: value} separated by {@code " | "}), body, status, field (one the error must name).
 *
 * <p>Placeholders: {@code ${doc}}, {@code ${sha}}, {@code ${conn}} (the suite's fixtures), {@code ${rep:N:text}}
 * (text N times; {@code \x7d} in it stands for a closing brace), {@code ${list:N:text}} (N times, comma separated), {@code ${seq:N:text}} ({@code text1,text2,…}, or the number in place of a {@code #}), {@code ${lines:N}} (N valid lines). Escapes:
 * {@code \xHH} a raw byte; in RAW requests and headers also {@code \r} and {@code \n}. A body
 * {@code @invoice {...}} is the valid invoice of {@link Payloads} with those fields replaced.
 */
record HostileCase(
        int row,
        String endpoint,
        String user,
        String method,
        String target,
        String headers,
        String body,
        int status,
        String field) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z]+)(?::(\\d+))?(?::([^}]*))?}");
    private static final ObjectMapper EXACT =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String LINE =
            "{\"description\":\"d\",\"quantity\":1,\"unit\":\"h\",\"unitPrice\":1.00,\"taxRate\":19}";

    static HostileCase parse(int row, String line) {
        String[] c = line.split("\t", -1);
        if (c.length != 8) {
            throw new IllegalArgumentException("row " + row + " has " + c.length + " columns, not 8: " + line);
        }
        return new HostileCase(
                row, c[0], none(c[1]), c[2], c[3], none(c[4]), none(c[5]), Integer.parseInt(c[6]), none(c[7]));
    }

    private static String none(String column) {
        return column.equals("-") ? null : column;
    }

    boolean changes() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    boolean api() {
        return method.equals("RAW") || target.startsWith("/api");
    }

    /** The request's bytes, the fixtures' ids filled in. */
    byte[] request(int port, Map<String, String> fixtures) {
        if (method.equals("RAW")) {
            return bytes(expand(body, fixtures), true);
        }
        byte[] content = body == null ? new byte[0] : bytes(content(expand(body, fixtures)), false);
        StringBuilder head = new StringBuilder(method + " " + expand(target, fixtures) + " HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        if (user != null) {
            String credentials = user.contains(":") ? user : user + ":" + user;
            head.append("Authorization: Basic ")
                    .append(Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .append("\r\n");
        }
        String extra = headers == null ? "" : expand(headers, fixtures).replace(" | ", "\r\n") + "\r\n";
        head.append(extra);
        if (body != null && !extra.toLowerCase().contains("content-type:")) {
            head.append("Content-Type: application/json\r\n");
        }
        if (!extra.toLowerCase().contains("content-length:")
                && !extra.toLowerCase().contains("transfer-encoding:")) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(head.toString(), true));
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static String content(String body) {
        if (!body.startsWith("@invoice ")) {
            return body;
        }
        try {
            ObjectNode invoice = (ObjectNode) EXACT.readTree(Payloads.invoice("hostile-case", "H-CASE"));
            invoice.setAll((ObjectNode) EXACT.readTree(body.substring("@invoice ".length())));
            return EXACT.writeValueAsString(invoice);
        } catch (IOException e) {
            throw new UncheckedIOException("the @invoice patch is no JSON object: " + body, e);
        }
    }

    static String expand(String text, Map<String, String> fixtures) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String value =
                    switch (m.group(1)) {
                        case "rep" -> text(m).repeat(n);
                        case "list" -> String.join(",", java.util.Collections.nCopies(n, text(m)));
                        case "lines" -> String.join(",", java.util.Collections.nCopies(n, LINE));
                        case "seq" ->
                            String.join(
                                    ",",
                                    java.util.stream.IntStream.rangeClosed(1, n)
                                            .mapToObj(i -> text(m).contains("#")
                                                    ? text(m).replace("#", Integer.toString(i))
                                                    : text(m) + i)
                                            .toList());
                        default -> {
                            String fixture = fixtures.get(m.group(1));
                            if (fixture == null) {
                                throw new IllegalArgumentException("no placeholder ${" + m.group(1) + "}");
                            }
                            yield fixture;
                        }
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text of a {@code rep} or {@code list} placeholder, where {@code \x7d} stands for its closing brace. */
    private static String text(Matcher m) {
        return m.group(3).replace("\\x7d", "}");
    }

    /** UTF-8 bytes with {@code \xHH} as raw bytes (and, when {@code lineEscapes}, {@code \r}, {@code \n}). */
    private static byte[] bytes(String text, boolean lineEscapes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == 'x' && i + 3 < text.length()) {
                    out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                    i += 3;
                    continue;
                }
                if (lineEscapes && (next == 'r' || next == 'n')) {
                    out.write(next == 'r' ? '\r' : '\n');
                    i++;
                    continue;
                }
            }
            out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
