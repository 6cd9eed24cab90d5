package io.ledgerbridge.connector.kit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * A reply read completely inside HttpClient's response handler, so that the connection goes back to the pool
 * before the connector looks at it.
 *
 * @param status the HTTP status
 * @param headers the headers, keys case-insensitive, unmodifiable
 * @param body the body, at most the limit
 * @param charset the body's charset (UTF-8 when the Content-Type names none)
 * @param tooLarge true when the body was longer than the limit and was cut
 */
public record RawReply(int status, Map<String, List<String>> headers, byte[] body, Charset charset, boolean tooLarge) {

    /**
     * Reads a reply.
     *
     * @param response HttpClient's response
     * @param maxBytes the most body bytes read
     * @return the reply
     * @throws IOException when reading the body fails
     */
    public static RawReply read(ClassicHttpResponse response, int maxBytes) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = new byte[0];
        Charset charset = StandardCharsets.UTF_8;
        if (entity != null) {
            ContentType type = ContentType.parseLenient(entity.getContentType());
            charset = ContentType.getCharset(type, StandardCharsets.UTF_8);
            try (InputStream in = entity.getContent()) {
                body = in == null ? body : in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
            }
        }
        boolean tooLarge = body.length > maxBytes;
        if (tooLarge) {
            body = Arrays.copyOf(body, maxBytes);
        }
        return new RawReply(response.getCode(), headers(response), body, charset, tooLarge);
    }

    private static Map<String, List<String>> headers(ClassicHttpResponse response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>())
                    .add(header.getValue() == null ? "" : header.getValue());
        }
        headers.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(headers);
    }
}
