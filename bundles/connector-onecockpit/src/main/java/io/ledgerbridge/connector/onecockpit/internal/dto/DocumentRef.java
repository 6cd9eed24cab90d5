package io.ledgerbridge.connector.onecockpit.internal.dto;

/**
 * A document as OneCockpit answers a create or lists it in a lookup.
 *
 * @param id OneCockpit's id of it
 * @param externalId the key it was created with
 */
public record DocumentRef(String id, String externalId) {}
