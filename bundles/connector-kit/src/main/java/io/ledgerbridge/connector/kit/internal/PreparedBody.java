package io.ledgerbridge.connector.kit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * A request body turned into an HttpClient entity, with a text for the TRACE log (not yet redacted; multipart
 * files and binary bodies are described, never dumped).
 *
 * @param entity the entity to send, null for no body
 * @param logText what the TRACE log may show after redaction; computed only when asked, since bodies can be large
 */
public record PreparedBody(HttpEntity entity, Supplier<String> logText) {

    private static final PreparedBody NONE = new PreparedBody(null, () -> "");

    /**
     * Prepares a body.
     *
     * @param body the request's body, null for none
     * @param mapper the mapper for JSON bodies
     * @return the prepared body
     * @throws JsonProcessingException when a JSON body cannot be serialised
     */
    public static PreparedBody of(RequestBody body, ObjectMapper mapper) throws JsonProcessingException {
        if (body == null) {
            return NONE;
        }
        if (body instanceof RequestBody.Json json) {
            byte[] bytes = mapper.writeValueAsBytes(json.value());
            return new PreparedBody(
                    new ByteArrayEntity(bytes, ContentType.APPLICATION_JSON),
                    () -> new String(bytes, StandardCharsets.UTF_8));
        }
        if (body instanceof RequestBody.Form form) {
            List<BasicNameValuePair> pairs = form.fields().stream()
                    .map(field -> new BasicNameValuePair(field.name(), field.value()))
                    .toList();
            UrlEncodedFormEntity entity = new UrlEncodedFormEntity(pairs, StandardCharsets.UTF_8);
            return new PreparedBody(
                    entity, () -> pairs.stream().map(Object::toString).collect(Collectors.joining("&")));
        }
        if (body instanceof RequestBody.Multipart multipart) {
            return multipart(multipart);
        }
        RequestBody.Bytes bytes = (RequestBody.Bytes) body;
        ContentType type = ContentType.parse(bytes.mediaType());
        return new PreparedBody(new ByteArrayEntity(bytes.content(), type), () -> logText(bytes.content(), type));
    }

    /**
     * What the TRACE log may show of a body (after redaction): the text of a textual one, a description otherwise.
     *
     * @param content the body
     * @param contentType its Content-Type header, null when unknown (read as UTF-8 text)
     * @return the text or a description such as {@code (52311 bytes of application/pdf)}
     */
    public static String logText(byte[] content, String contentType) {
        ContentType type = contentType == null ? ContentType.TEXT_PLAIN : ContentType.parseLenient(contentType);
        return logText(content, type == null ? ContentType.TEXT_PLAIN : type);
    }

    private static String logText(byte[] content, ContentType type) {
        return isText(type)
                ? new String(content, ContentType.getCharset(type, StandardCharsets.UTF_8))
                : "(" + content.length + " bytes of " + type.getMimeType() + ")";
    }

    private static PreparedBody multipart(RequestBody.Multipart multipart) {
        // LEGACY: what browsers send (raw UTF-8 file names, no Content-Transfer-Encoding), which PHP and
        // ASP.NET targets parse; the strict RFC 2046 mode mangles non-ASCII file names.
        MultipartEntityBuilder builder = MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.LEGACY)
                .setCharset(StandardCharsets.UTF_8);
        StringBuilder log = new StringBuilder("multipart:");
        for (RequestBody.Part part : multipart.parts()) {
            ContentType type = ContentType.parse(part.mediaType());
            if (part.fileName() != null) {
                builder.addBinaryBody(part.name(), part.content(), type, part.fileName());
                log.append(' ')
                        .append(part.name())
                        .append("=(file ")
                        .append(part.fileName())
                        .append(", ")
                        .append(part.content().length)
                        .append(" bytes of ")
                        .append(type.getMimeType())
                        .append(')');
            } else {
                String text = new String(part.content(), StandardCharsets.UTF_8);
                builder.addTextBody(part.name(), text, type);
                log.append(' ').append(part.name()).append('=').append(text);
            }
        }
        return new PreparedBody(builder.build(), log::toString);
    }

    private static boolean isText(ContentType type) {
        String mime = type.getMimeType().toLowerCase(Locale.ROOT);
        return mime.startsWith("text/")
                || mime.contains("json")
                || mime.contains("xml")
                || mime.equals("application/x-www-form-urlencoded");
    }
}
