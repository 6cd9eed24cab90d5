package io.ledgerbridge.connector.onecockpit.internal.dto;

/**
 * The customer (or supplier) of a document as OneCockpit takes it.
 *
 * @param number Ledgerbridge's customer number, may be null
 * @param name company name, else first and last name
 * @param email e-mail address, may be null
 * @param street street and house number
 * @param zip postal code
 * @param city city
 * @param country ISO 3166-1 alpha-2 code
 * @param vatId VAT identification number, may be null
 */
public record CustomerDto(
        String number,
        String name,
        String email,
        String street,
        String zip,
        String city,
        String country,
        String vatId) {}
