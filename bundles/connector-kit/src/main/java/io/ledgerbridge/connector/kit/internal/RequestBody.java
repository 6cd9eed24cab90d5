package io.ledgerbridge.connector.kit.internal;

import java.util.List;

/** The body of a {@link io.ledgerbridge.connector.kit.Request}: one of four shapes. */
public sealed interface RequestBody {

    /** A value serialised by the client's Jackson mapper, sent as {@code application/json}. */
    record Json(Object value) implements RequestBody {}

    /** Name/value pairs sent as {@code application/x-www-form-urlencoded} (UTF-8). */
    record Form(List<Field> fields) implements RequestBody {}

    /** Parts sent as {@code multipart/form-data}. */
    record Multipart(List<Part> parts) implements RequestBody {}

    /** Bytes sent as they are. */
    record Bytes(byte[] content, String mediaType) implements RequestBody {}

    /** One form field. */
    record Field(String name, String value) {}

    /**
     * One multipart part: a file when {@code fileName} is set, a text field otherwise.
     *
     * @param name the field name
     * @param fileName the file name, null for a text part
     * @param mediaType the part's media type
     * @param content the part's bytes (UTF-8 for a text part)
     */
    record Part(String name, String fileName, String mediaType, byte[] content) {}
}
