package io.ledgerbridge.connector.onecockpit.internal.dto;

import java.util.List;

/**
 * What {@code GET /api/v1/invoices?invoiceNumber=} answers.
 *
 * @param items the invoices with that number (at most one)
 */
public record InvoiceList(List<InvoiceRef> items) {}
