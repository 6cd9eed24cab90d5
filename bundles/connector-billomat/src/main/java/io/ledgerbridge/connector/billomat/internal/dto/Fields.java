package io.ledgerbridge.connector.billomat.internal.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads Billomat's JSON values, which are strings (numbers too) and "" where a value is missing. */
final class Fields {
    private Fields() {}

    /** The value as text, or null when missing, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The value as an exact decimal, or null when missing or not a number. */
    static BigDecimal decimal(JsonNode node, String field) {
        String text = text(node, field);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value as a YYYY-MM-DD date, or null when missing or not a date (e.g. a free-text supply date). */
    static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
