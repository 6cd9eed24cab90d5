package io.ledgerbridge.sandbox.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One field of a Billomat field table: its name, whether it is required, and its type as the table writes it
 * ({@code INT}, {@code FLOAT}, {@code DATE}, {@code BOOL}, {@code ALNUM („NET“, „GROSS“)}, {@code NET, GROSS},
 * {@code INT (readonly)}, {@code NESTED invoice-item} from an override, …).
 */
record BillomatField(String name, String type, boolean required) {
    private static final Pattern QUOTED = Pattern.compile("„([A-Z_]+)“");
    private static final Pattern BARE_CHOICES =
            Pattern.compile("(?:ENUM\\s*[\\[(])?([A-Z_]+(?:\\s*[,/]\\s*[A-Z_]+)+)[\\])]?");
    private static final Pattern INT = Pattern.compile("-?\\d{1,18}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/\\r\\n]+={0,2}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,8})?");

    static BillomatField of(JsonNode field) {
        return new BillomatField(
                field.path("name").asText(),
                field.path("type").asText(""),
                field.path("required").asBoolean());
    }

    boolean readOnly() {
        return type.contains("readonly");
    }

    /** The element of the positions nested in this field ({@code invoice-item}), for a {@code NESTED} field. */
    Optional<String> nestedElement() {
        return type.startsWith("NESTED ")
                ? Optional.of(type.substring("NESTED ".length()).strip())
                : Optional.empty();
    }

    /** What is wrong with the value, if anything. */
    Optional<String> check(JsonNode value) {
        if (type.equals("ARRAY")) {
            // a list, as JSON or in the XML-shaped wrapper element ({"data":[…]})
            return value.isArray() || value.isObject() ? Optional.empty() : Optional.of("must be a list");
        }
        if (!value.isValueNode() || value.isNull()) {
            return Optional.of("must be a single value (" + type + ")");
        }
        String text = value.asText();
        String family = type.replaceAll("\\s*\\(readonly\\)", "").strip();
        List<String> choices = choices();
        if (!choices.isEmpty()) {
            return choices.contains(text) ? Optional.empty() : Optional.of("must be one of " + choices + ": " + text);
        }
        return switch (family) {
            case "INT" -> matches(INT, text, "an integer");
            case "FLOAT" -> matches(DECIMAL, text, "a number");
            case "BOOL" ->
                List.of("0", "1", "true", "false").contains(text)
                        ? Optional.empty()
                        : Optional.of("must be 0 or 1 (or true/false): " + text);
            case "DATE" -> date(text);
            case "DATETIME" -> dateTime(text);
            case "BASE64FILE" -> matches(BASE64, text, "the file's content in base64");
            case "ISO-Währungscode" -> matches(Pattern.compile("[A-Z]{3}"), text, "an ISO 4217 currency code");
            case "Ländercode nach ISO 3166 Alpha-2" ->
                matches(Pattern.compile("[A-Z]{2}"), text, "an ISO 3166 alpha-2 country code");
            default -> Optional.empty();
        };
    }

    private List<String> choices() {
        Matcher quoted = QUOTED.matcher(type);
        List<String> found = quoted.results().map(m -> m.group(1)).toList();
        if (!found.isEmpty()) {
            return found;
        }
        Matcher bare = BARE_CHOICES.matcher(type);
        return bare.matches()
                ? Arrays.stream(bare.group(1).split("\\s*[,/]\\s*")).toList()
                : List.of();
    }

    private static Optional<String> matches(Pattern p, String text, String what) {
        return p.matcher(text).matches() ? Optional.empty() : Optional.of("must be " + what + ": " + text);
    }

    private static Optional<String> date(String text) {
        try {
            LocalDate.parse(text);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("must be a date YYYY-MM-DD: " + text);
        }
    }

    private static Optional<String> dateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("must be a date and time such as 2026-11-02T10:15:00+01:00: " + text);
        }
    }
}
