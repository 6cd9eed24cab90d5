package io.ledgerbridge.connector.tck;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;

/** The body of an {@link ProxyFault.Action#ECHO} reply: the request repeated where error envelopes keep messages. */
final class Echo {
    private static final int BODY_CHARS = 2000;

    private Echo() {}

    static byte[] of(HttpExchange exchange, byte[] body) {
        StringBuilder text = new StringBuilder("you sent ")
                .append(exchange.getRequestMethod())
                .append(' ')
                .append(exchange.getRequestURI());
        exchange.getRequestHeaders()
                .forEach((name, values) -> values.forEach(
                        value -> text.append("; ").append(name).append(": ").append(value)));
        String content = new String(body, StandardCharsets.UTF_8);
        text.append("; body ").append(content, 0, Math.min(content.length(), BODY_CHARS));
        String message = json(text.toString());
        return ("{\"message\":" + message + ",\"error\":{\"message\":" + message + "},\"errors\":{\"error\":" + message
                        + "}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
