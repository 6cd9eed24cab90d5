package io.ledgerbridge.connector.zenvoices.internal.dto;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A company of the organisation as {@code administration/list} shows it ("administration" in Zenvoices' API, one
 * bookkeeping company; "company" in its screens).
 *
 * @param id Zenvoices' id, which uploads refer to
 * @param code the company code, unique within the organisation
 * @param name the company's name
 * @param active whether the company is active
 */
public record Administration(long id, String code, String name, boolean active) {

    /** Reads one item of the list; a missing {@code isActive} counts as active. */
    public static Administration of(JsonNode item) {
        return new Administration(
                item.path("id").asLong(),
                item.path("code").asText(""),
                item.path("name").asText(""),
                item.path("isActive").asBoolean(true));
    }

    /** {@return the code with the name, e.g. {@code ACME (ACME B.V.)}} */
    public String shown() {
        return name.isBlank() || name.equals(code) ? code : code + " (" + name + ")";
    }
}
