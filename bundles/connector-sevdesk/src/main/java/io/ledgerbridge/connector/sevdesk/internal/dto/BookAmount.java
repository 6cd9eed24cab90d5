package io.ledgerbridge.connector.sevdesk.internal.dto;

import java.math.BigDecimal;

/**
 * The body of {@code PUT /Invoice/{id}/bookAmount}: books a payment on a payment account without a bank
 * transaction (an offline account creates the transaction itself).
 *
 * @param amount the amount paid
 * @param date the booking date as unix seconds
 * @param type FULL_PAYMENT (normal booking) or N (partial)
 * @param checkAccount the CheckAccount
 */
public record BookAmount(BigDecimal amount, long date, String type, Ref checkAccount) {}
