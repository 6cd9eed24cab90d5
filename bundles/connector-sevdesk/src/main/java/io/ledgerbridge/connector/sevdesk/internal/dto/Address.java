package io.ledgerbridge.connector.sevdesk.internal.dto;

/**
 * A contact address as sevdesk lists it.
 *
 * @param id its id
 * @param street street and number
 * @param zip postal code
 * @param city city
 * @param country its StaticCountry
 */
public record Address(String id, String street, String zip, String city, Ref country) {}
