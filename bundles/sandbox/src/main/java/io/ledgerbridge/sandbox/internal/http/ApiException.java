package io.ledgerbridge.sandbox.internal.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request that fails with an HTTP status; each simulator renders it in its service's error format.
 * Carries optional field errors (for ABP validationErrors) and extra response headers (e.g. Retry-After).
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One invalid input field. */
    public record FieldError(String field, String message) {}

    private final int status;
    private final transient List<FieldError> fieldErrors;
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(int status, String message) {
        this(status, message, List.of());
    }

    public ApiException(int status, String message, List<FieldError> fieldErrors) {
        super(message, null, false, false);
        this.status = status;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, message);
    }

    public static ApiException unprocessable(String message) {
        return new ApiException(422, message);
    }

    /** Field-level validation failure with the given status. */
    public static ApiException invalid(int status, String field, String message) {
        return new ApiException(status, message, List.of(new FieldError(field, message)));
    }

    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
