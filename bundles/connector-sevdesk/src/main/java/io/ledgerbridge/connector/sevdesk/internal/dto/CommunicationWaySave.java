package io.ledgerbridge.connector.sevdesk.internal.dto;

/**
 * The body of {@code POST /CommunicationWay}: an e-mail address or phone number of a contact.
 *
 * @param contact the contact
 * @param type EMAIL or PHONE
 * @param value the address or number
 * @param key a CommunicationWayKey (1 private, 2 work)
 * @param main whether it is the contact's main one of its type
 */
public record CommunicationWaySave(Ref contact, String type, String value, Ref key, boolean main) {}
