package io.ledgerbridge.connector.kit;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets before anything is logged or put into a message: registered secret values anywhere in a text,
 * values of sensitive headers, and values of sensitive query/form parameters and JSON fields by name.
 * Thread-safe; one per connection, shared by its {@link HttpJson}.
 *
 * <p>A name is sensitive when, lower-cased without punctuation, it is {@code authorization},
 * {@code proxyauthorization}, {@code cookie}, {@code setcookie}, or ends with {@code token}, {@code secret},
 * {@code password}, {@code passwd} or {@code apikey} (so {@code Authorization}, {@code X-BillomatApiKey},
 * {@code X-AppSecret}, {@code X-Api-Key}, {@code api_key}, {@code accessToken}, {@code password} all are), or was
 * added with {@link #addSensitiveName(String)}.
 */
public final class Redactor {

    /** What a secret is replaced with. */
    public static final String MASK = "****";

    private static final Set<String> SENSITIVE_EXACT =
            Set.of("authorization", "proxyauthorization", "cookie", "setcookie");
    private static final List<String> SENSITIVE_SUFFIXES = List.of("token", "secret", "password", "passwd", "apikey");
    /**
     * A JSON string member: "name" : "value" (value with escapes). The value is matched as an unrolled, possessive
     * loop: the plain alternation {@code (?:[^"\\]|\\.)*} recurses per character and overflows the stack on a
     * megabyte of base64.
     */
    private static final Pattern JSON_MEMBER =
            Pattern.compile("\"([^\"\\\\]{1,100})\"(\\s*:\\s*)\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"");
    /** A query or form parameter: name=value after the start, ?, &amp;, ; or whitespace. */
    private static final Pattern PARAMETER = Pattern.compile("(^|[?&;\\s])([\\w.\\-\\[\\]%]{1,100})=([^&#\\s\"]*)");
    /** A bearer token echoed into a message ("Basic" is left alone: it is an ordinary word in messages). */
    private static final Pattern BEARER_CREDENTIALS = Pattern.compile("(?i)\\b(Bearer)(\\s+)[A-Za-z0-9._~+/=\\-]{4,}");

    private final Set<String> extraNames = ConcurrentHashMap.newKeySet();
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    /** The forms of every secret, longest first so that no part of a longer secret survives a shorter one. */
    private volatile List<String> secretForms = List.of();

    /**
     * Registers a secret value (token, API key, password) to be masked wherever it appears, also URL-encoded or
     * JSON-escaped.
     *
     * @param secret the value; null or blank is ignored
     * @return this redactor
     */
    public Redactor addSecret(String secret) {
        if (secret != null && !secret.isBlank() && secrets.add(secret)) {
            rebuildSecretForms();
        }
        return this;
    }

    /**
     * Marks a header, parameter or JSON field name as sensitive in addition to the standard ones.
     *
     * @param name the name, any case
     * @return this redactor
     */
    public Redactor addSensitiveName(String name) {
        extraNames.add(normalize(name));
        return this;
    }

    /**
     * Whether values under this header, parameter or JSON field name are masked.
     *
     * @param name the name, any case and punctuation
     * @return true when sensitive (see the class description)
     */
    public boolean isSensitiveName(String name) {
        String normalized = normalize(name);
        if (normalized.isEmpty()) {
            return false;
        }
        return SENSITIVE_EXACT.contains(normalized)
                || extraNames.contains(normalized)
                || SENSITIVE_SUFFIXES.stream().anyMatch(normalized::endsWith);
    }

    /**
     * The value of a header as it may be logged.
     *
     * @param name the header name
     * @param value the header value
     * @return {@link #MASK} for a sensitive header, otherwise the value with secrets masked
     */
    public String redactHeader(String name, String value) {
        return isSensitiveName(name) ? MASK : redact(value);
    }

    /**
     * A text as it may be logged: a URL, a JSON or form body, an error message. Masks registered secrets,
     * tokens after {@code Bearer}, and the values of sensitive parameters ({@code ?token=…},
     * {@code password=…}) and JSON string fields ({@code "accessToken":"…"}).
     *
     * @param text the text, may be null
     * @return the masked text; null for null
     */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String form : secretForms) {
            masked = masked.replace(form, MASK);
        }
        masked = BEARER_CREDENTIALS.matcher(masked).replaceAll("$1$2" + MASK);
        masked = maskJsonMembers(masked);
        return maskParameters(masked);
    }

    private String maskJsonMembers(String text) {
        Matcher matcher = JSON_MEMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String replacement = isSensitiveName(matcher.group(1))
                    ? "\"" + matcher.group(1) + "\"" + matcher.group(2) + "\"" + MASK + "\""
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String maskParameters(String text) {
        Matcher matcher = PARAMETER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String replacement = isSensitiveName(decode(matcher.group(2)))
                            && !matcher.group(3).isEmpty()
                    ? matcher.group(1) + matcher.group(2) + "=" + MASK
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private synchronized void rebuildSecretForms() {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            forms.add(secret);
            String formEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
            forms.add(formEncoded);
            forms.add(formEncoded.replace("+", "%20"));
            forms.add(jsonEscaped(secret));
        }
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        secretForms = List.copyOf(sorted);
    }

    private static String jsonEscaped(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static String decode(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name; // a malformed escape: judge the name as written
        }
    }

    private static String normalize(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
