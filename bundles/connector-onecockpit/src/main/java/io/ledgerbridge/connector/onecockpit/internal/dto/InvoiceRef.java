package io.ledgerbridge.connector.onecockpit.internal.dto;

/**
 * The parts of a stored OneCockpit invoice the connector reads.
 *
 * @param id OneCockpit's id of the invoice, kept as the transfer's remote id
 * @param invoiceNumber its number
 * @param status {@code open}, {@code paid} or {@code cancelled}
 * @param source the invoicing tool that sent it
 */
public record InvoiceRef(String id, String invoiceNumber, String status, String source) {}
