package io.ledgerbridge.connector.sevdesk.internal.dto;

/**
 * A country as sevdesk lists it.
 *
 * @param id sevdesk's id (DE is 1; look the others up)
 * @param code ISO 3166-1 alpha-2, lower case
 */
public record StaticCountry(String id, String code) {}
