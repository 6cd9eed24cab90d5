package io.ledgerbridge.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ledgerbridge.model.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * JSON of the API: strict on input (unknown fields, wrong types and trailing content are rejected, numbers are read
 * as exact decimals), ISO dates, nulls left out of output, bodies of at most {@link #MAX_BODY_BYTES}.
 */
final class Json {
    /** The largest request body accepted: 10 MiB, enough for a document with its PDF and e-invoice in base64. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    /** The deepest nesting of arrays and objects accepted (a document needs 4). */
    static final int MAX_DEPTH = 32;
    /** The longest string accepted: an attachment's base64 content within {@link #MAX_BODY_BYTES}. */
    static final int MAX_STRING = MAX_BODY_BYTES;

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING)
                            .maxNumberLength(40)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .addModule(new JavaTimeModule())
            // no coercion: "1" is no number, 123 no text, 20261102 no date, "2026-11-02T10:00" no date either
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .defaultLeniency(false)
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {}

    /** Reads a JSON body as the type, or throws {@link BadRequest} naming what is wrong. */
    static <T> T read(HttpServletRequest request, Class<T> type) throws IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new BadRequest(415, "send the body as application/json", List.of());
        }
        byte[] body = body(request, MAX_BODY_BYTES);
        if (body.length == 0) {
            throw new BadRequest(400, "the request body is empty; send a JSON object", List.of());
        }
        return parse(body, type);
    }

    /** Parses a JSON body as the type, or throws {@link BadRequest} naming what is wrong. */
    static <T> T parse(byte[] body, Class<T> type) throws IOException {
        LoneSurrogates.refuse(body);
        T value;
        try {
            value = MAPPER.readValue(body, type);
        } catch (StreamConstraintsException e) {
            throw beyondLimits(e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof StreamConstraintsException limit) {
                throw beyondLimits(limit);
            }
            throw mappingError(e);
        } catch (JsonProcessingException e) {
            throw new BadRequest(400, "malformed JSON" + where(e) + ": " + e.getOriginalMessage(), List.of());
        }
        if (value == null) {
            throw new BadRequest(400, "the request body is null; send a JSON object", List.of());
        }
        return value;
    }

    private static BadRequest beyondLimits(StreamConstraintsException e) {
        return new BadRequest(
                400,
                "the body is beyond the API's limits (at most " + MAX_DEPTH + " levels of nesting): "
                        + e.getOriginalMessage(),
                List.of());
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
    }

    /** The request's body, refused with 413 when it is larger than {@code max} bytes (checked as it is read). */
    static byte[] body(HttpServletRequest request, int max) throws IOException {
        if (request.getContentLengthLong() > max) {
            throw tooLarge(max);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(max + 1);
        }
        if (body.length > max) {
            throw tooLarge(max);
        }
        return body;
    }

    private static BadRequest tooLarge(int max) {
        return new BadRequest(413, "the request body is larger than " + max / (1024 * 1024) + " MiB", List.of());
    }

    private static BadRequest mappingError(JsonMappingException e) {
        String field = path(e);
        String problem;
        if (e instanceof UnrecognizedPropertyException u) {
            problem = "is not a known field (known: "
                    + u.getKnownPropertyIds().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof InvalidFormatException f && f.getTargetType().isEnum()) {
            problem = "must be one of " + Arrays.toString(f.getTargetType().getEnumConstants());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            problem = "must be " + describe(m.getTargetType());
        } else {
            problem = "is malformed";
        }
        if (field.isEmpty()) {
            return new BadRequest(400, rootProblem(e), List.of());
        }
        return new BadRequest(400, "the request body has invalid fields", List.of(new FieldError(field, problem)));
    }

    /** What is wrong with the body as a whole, in words that name no class (Jackson's own do). */
    private static String rootProblem(JsonMappingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        return (original.startsWith("Trailing token")
                        ? "the body has more after its JSON object"
                        : "the body is not a JSON object")
                + "; nothing was stored: send exactly one JSON object, {…}";
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "BigDecimal" -> "a decimal number";
            case "LocalDate" -> "a date as YYYY-MM-DD";
            case "String" -> "a string";
            case "List" -> "an array";
            case "byte[]" -> "base64-encoded content";
            default -> type.isEnum() ? "one of " + Arrays.toString(type.getEnumConstants()) : "a JSON object";
        };
    }

    static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        MAPPER.writeValue(response.getOutputStream(), body);
    }

    /** A request the API cannot take, with the status and message to answer. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient List<FieldError> fields;

        BadRequest(int status, String message, List<FieldError> fields) {
            super(message);
            this.status = status;
            this.fields = fields;
        }
    }
}
