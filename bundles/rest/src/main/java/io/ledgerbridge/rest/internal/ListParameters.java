package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.DocumentStatus;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.PaymentStatus;
import io.ledgerbridge.model.service.DocumentQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the query parameters of {@code GET /api/v1/documents}; malformed ones are rejected by name (unknown ones
 * never get here: the route accepts only {@link #KNOWN}).
 */
final class ListParameters {
    static final Set<String> KNOWN = Set.of(
            "tenantId",
            "type",
            "direction",
            "status",
            "paymentStatus",
            "tag",
            "transferStatus",
            "issuedFrom",
            "issuedTo",
            "limit",
            "cursor");

    private final Map<String, String[]> params;
    private final List<FieldError> errors = new ArrayList<>();

    private ListParameters(Map<String, String[]> params) {
        this.params = params;
    }

    static DocumentQuery parse(Map<String, String[]> params) {
        ListParameters p = new ListParameters(params);
        DocumentQuery q = new DocumentQuery(
                p.text("tenantId"),
                p.enumValue("type", DocumentType.class),
                p.enumValue("direction", Direction.class),
                p.enumValue("status", DocumentStatus.class),
                p.enumValue("paymentStatus", PaymentStatus.class),
                p.text("tag"),
                p.date("issuedFrom"),
                p.date("issuedTo"),
                p.limit(),
                p.text("cursor"),
                p.transferStatus());
        if (q.issuedFrom() != null && q.issuedTo() != null && q.issuedTo().isBefore(q.issuedFrom())) {
            p.errors.add(new FieldError("issuedTo", "must not be before issuedFrom"));
        }
        if (!p.errors.isEmpty()) {
            throw new Json.BadRequest(400, "invalid query parameters; nothing was changed", p.errors);
        }
        return q;
    }

    private String text(String name) {
        String[] values = params.get(name);
        if (values == null || values.length == 0 || values[0].isEmpty()) {
            return null;
        }
        if (values.length > 1) {
            errors.add(new FieldError(name, "must be given once"));
        }
        return values[0];
    }

    private <T> T parsed(String name, Function<String, T> parser, String expectation) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(name, "must be " + expectation + " (was '" + value + "')"));
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return parsed(name, v -> Enum.valueOf(type, v), "one of " + Arrays.toString(type.getEnumConstants()));
    }

    private String transferStatus() {
        return parsed(
                "transferStatus",
                v -> {
                    if (!DocumentQuery.TRANSFER_STATUSES.contains(v)) {
                        throw new IllegalArgumentException(v);
                    }
                    return v;
                },
                "one of " + new java.util.TreeSet<>(DocumentQuery.TRANSFER_STATUSES));
    }

    private LocalDate date(String name) {
        return parsed(name, LocalDate::parse, "a date as YYYY-MM-DD");
    }

    /** A failure kind parameter, or null when absent. */
    static io.ledgerbridge.model.spi.FailureKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return io.ledgerbridge.model.spi.FailureKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new Json.BadRequest(
                    400,
                    "invalid query parameters",
                    List.of(new FieldError(
                            "kind",
                            "must be one of " + Arrays.toString(io.ledgerbridge.model.spi.FailureKind.values()))));
        }
    }

    private int limit() {
        Integer limit = parsed("limit", Integer::valueOf, "a whole number");
        if (limit == null) {
            return DocumentQuery.DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > DocumentQuery.MAX_LIMIT) {
            errors.add(new FieldError("limit", "must be between 1 and " + DocumentQuery.MAX_LIMIT));
        }
        return limit;
    }
}
