package io.ledgerbridge.sandbox.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal multipart/form-data parser, enough for single-file uploads; malformed input fails with 400. */
public final class Multipart {

    /** One form field or file. */
    public record Part(String name, String filename, String contentType, byte[] content) {}

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]+)\\1");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    private Multipart() {}

    /** Parses the body of a request whose Content-Type is multipart/form-data. */
    public static List<Part> parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiException.badRequest("Expected a multipart/form-data body");
        }
        Matcher matcher = BOUNDARY.matcher(contentType);
        if (!matcher.find()) {
            throw ApiException.badRequest("multipart/form-data without boundary");
        }
        byte[] delimiter = ("--" + matcher.group(2)).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int headersStart = start + delimiter.length;
            if (headersStart + 2 <= body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') {
                return parts; // closing delimiter
            }
            int next = indexOf(body, delimiter, headersStart);
            if (next < 0) {
                break;
            }
            parts.add(part(Arrays.copyOfRange(body, skipLineBreak(body, headersStart), next)));
            start = next;
        }
        throw ApiException.badRequest("Malformed multipart body: no closing boundary");
    }

    private static Part part(byte[] raw) {
        byte[] separator = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int split = indexOf(raw, separator, 0);
        if (split < 0) {
            throw ApiException.badRequest("Malformed multipart part: no header separator");
        }
        String headers = new String(raw, 0, split, StandardCharsets.UTF_8);
        int end = raw.length;
        if (end >= 2 && raw[end - 2] == '\r' && raw[end - 1] == '\n') {
            end -= 2;
        }
        byte[] content = Arrays.copyOfRange(raw, split + separator.length, Math.max(split + separator.length, end));
        return new Part(find(NAME, headers), find(FILENAME, headers), contentTypeOf(headers), content);
    }

    private static String contentTypeOf(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                return line.substring("content-type:".length()).trim();
            }
        }
        return "application/octet-stream";
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static int skipLineBreak(byte[] body, int index) {
        return index + 1 < body.length && body[index] == '\r' && body[index + 1] == '\n' ? index + 2 : index;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
