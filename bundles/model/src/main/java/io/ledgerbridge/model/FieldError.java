package io.ledgerbridge.model;

/**
 * One problem with one field of submitted input.
 *
 * @param field the path of the field, e.g. {@code lines[2].taxRate}
 * @param message what is wrong, in plain language
 */
public record FieldError(String field, String message) {}
