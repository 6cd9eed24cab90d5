package io.ledgerbridge.connector.sevdesk.internal.dto;

/**
 * A voucher (receipt) as sevdesk lists it.
 *
 * @param id its id
 * @param description the receipt's number
 * @param supplierName the supplier as written
 * @param status 50 draft, 100 open, 1000 paid
 */
public record Voucher(String id, String description, String supplierName, String status) {}
