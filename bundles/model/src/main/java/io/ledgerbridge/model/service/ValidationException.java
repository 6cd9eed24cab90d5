package io.ledgerbridge.model.service;

import io.ledgerbridge.model.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** Submitted input broke one or more rules; nothing was stored. Each error names its field. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
