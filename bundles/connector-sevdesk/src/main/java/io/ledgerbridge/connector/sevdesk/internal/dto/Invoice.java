package io.ledgerbridge.connector.sevdesk.internal.dto;

import java.math.BigDecimal;

/**
 * An invoice as sevdesk lists it (the fields the connector reads).
 *
 * @param id its id
 * @param invoiceNumber its number
 * @param status 100 draft, 200 open, 750 partially paid, 1000 paid
 * @param contact its contact
 * @param sumGross the gross total
 * @param paidAmount what was booked as paid so far
 */
public record Invoice(
        String id, String invoiceNumber, String status, Ref contact, BigDecimal sumGross, BigDecimal paidAmount) {
    public static final String DRAFT = "100";
    public static final String PAID = "1000";

    public boolean isDraft() {
        return DRAFT.equals(status);
    }

    public boolean isPaid() {
        return PAID.equals(status);
    }

    public String contactId() {
        return contact == null ? null : contact.id();
    }
}
