package io.ledgerbridge.connector.sevdesk.internal.dto;

/**
 * A reference to another sevdesk object, e.g. {@code {"id":"3","objectName":"Category"}}.
 *
 * @param id the object's id (sevdesk sends ids as strings)
 * @param objectName the object's type
 */
public record Ref(String id, String objectName) {
    public static Ref of(String objectName, String id) {
        return new Ref(id, objectName);
    }
}
