package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.FieldError;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;

/**
 * The one error format of the API: {@code {"error":{"status":422,"message":"…","fields":[{"field","message"}]}}}.
 * Never a stack trace.
 */
final class ApiErrors {
    private ApiErrors() {}

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        write(response, status, message, List.of());
    }

    static void write(HttpServletResponse response, int status, String message, List<FieldError> fields)
            throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("message", message);
        if (!fields.isEmpty()) {
            error.put("fields", fields);
        }
        Json.write(response, status, Map.of("error", error));
    }
}
