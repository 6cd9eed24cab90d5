package io.ledgerbridge.connector.billomat.internal.dto;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Billomat client (customer) as read; blank values are null.
 *
 * @param id Billomat's id
 * @param clientNumber e.g. KD00042
 * @param name company name
 * @param firstName first name of a person
 * @param lastName last name of a person
 * @param salutation e.g. Herr, Frau, Dr.
 * @param street street and number
 * @param zip postal code
 * @param city city
 * @param countryCode ISO 3166-1 alpha-2
 * @param email e-mail address
 * @param phone phone number
 * @param vatNumber VAT id
 */
public record ClientDto(
        String id,
        String clientNumber,
        String name,
        String firstName,
        String lastName,
        String salutation,
        String street,
        String zip,
        String city,
        String countryCode,
        String email,
        String phone,
        String vatNumber) {

    /** Reads the object inside {@code {"client":{..}}} or a list element. */
    public static ClientDto from(JsonNode node) {
        return new ClientDto(
                Fields.text(node, "id"),
                Fields.text(node, "client_number"),
                Fields.text(node, "name"),
                Fields.text(node, "first_name"),
                Fields.text(node, "last_name"),
                Fields.text(node, "salutation"),
                Fields.text(node, "street"),
                Fields.text(node, "zip"),
                Fields.text(node, "city"),
                Fields.text(node, "country_code"),
                Fields.text(node, "email"),
                Fields.text(node, "phone"),
                Fields.text(node, "vat_number"));
    }
}
