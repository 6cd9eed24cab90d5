package io.ledgerbridge.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Collects the field errors of one validation run. */
final class Violations {
    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Records "is required" when the value is null (or a blank string); returns whether it was present. */
    boolean required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    /** Checks an optional text: at most {@code max} characters, no control characters. */
    void text(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            add(field, "must be at most " + max + " characters long (was " + value.length() + ")");
        } else if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            add(field, "must not contain control characters");
        }
    }

    /** Checks an optional value against a rule, recording the message when it fails. */
    <T> void check(String field, T value, Predicate<T> rule, String message) {
        if (value != null && !rule.test(value)) {
            add(field, message);
        }
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
