package io.ledgerbridge.connector.sevdesk.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of {@code POST /Contact} and {@code PUT /Contact/{id}}: {@code name} makes an organisation,
 * {@code surename} and {@code familyname} a person. Absent fields are left out, so an update keeps them.
 *
 * @param name organisation name
 * @param surename first name of a person
 * @param familyname last name of a person
 * @param titel title, e.g. "Dr."
 * @param vatNumber VAT id
 * @param customerNumber the customer number (only on create)
 * @param category 3 customer, 4 partner, 28 prospect (only on create)
 * @param status 1000 active (only on create)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactSave(
        String name,
        String surename,
        String familyname,
        String titel,
        String vatNumber,
        String customerNumber,
        Ref category,
        Integer status) {}
