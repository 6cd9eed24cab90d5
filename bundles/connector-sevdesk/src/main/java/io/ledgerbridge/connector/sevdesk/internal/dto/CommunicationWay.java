package io.ledgerbridge.connector.sevdesk.internal.dto;

/**
 * An e-mail address or phone number as sevdesk lists it.
 *
 * @param id its id
 * @param contact the contact it belongs to
 * @param type EMAIL, PHONE, …
 * @param value the address or number
 */
public record CommunicationWay(String id, Ref contact, String type, String value) {}
