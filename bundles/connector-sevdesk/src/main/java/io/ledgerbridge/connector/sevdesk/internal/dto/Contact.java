package io.ledgerbridge.connector.sevdesk.internal.dto;

/**
 * A contact as sevdesk lists it (the fields the connector reads).
 *
 * @param id its id
 * @param name organisation name, empty for a person
 * @param surename first name of a person
 * @param familyname last name of a person
 * @param customerNumber its customer number
 */
public record Contact(String id, String name, String surename, String familyname, String customerNumber) {
    /** The name a person reads: the organisation name, else first and last name. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        return ((surename == null ? "" : surename.strip()) + " " + (familyname == null ? "" : familyname.strip()))
                .strip();
    }
}
