package io.ledgerbridge.connector.sevdesk.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code POST /ContactAddress}.
 *
 * @param contact the contact
 * @param street street and number
 * @param zip postal code
 * @param city city
 * @param country a StaticCountry
 * @param category the address category
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddressSave(Ref contact, String street, String zip, String city, Ref country, Ref category) {}
