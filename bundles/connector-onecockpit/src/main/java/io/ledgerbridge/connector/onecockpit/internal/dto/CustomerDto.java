package io.ledgerbridge.connector.onecockpit.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The customer of an invoice as OneCockpit takes it, upserted by e-mail: the fields invoiz sends (help-centre
 * article). A field the ERP leaves empty is left out, so that OneCockpit keeps what it has.
 *
 * @param email the e-mail address, OneCockpit's key of the customer
 * @param company the company name
 * @param title salutation or academic title
 * @param firstName first name
 * @param lastName last name
 * @param street street and house number
 * @param zip postal code
 * @param city city
 * @param country ISO 3166-1 alpha-2 code
 * @param phone phone number
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerDto(
        String email,
        String company,
        String title,
        String firstName,
        String lastName,
        String street,
        String zip,
        String city,
        String country,
        String phone) {}
