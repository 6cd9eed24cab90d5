package io.ledgerbridge.model;

/**
 * Something about a stored document that is not wrong enough to refuse it, but that a person should know.
 *
 * @param code what kind of warning, e.g. {@link #DUPLICATE_NUMBER}
 * @param field the field it is about, e.g. {@code number}
 * @param message what is the matter, and what to do about it
 */
public record DocumentWarning(String code, String field, String message) {
    /** Another document of the tenant, of the same type, has the same number. */
    public static final String DUPLICATE_NUMBER = "DUPLICATE_NUMBER";
}
