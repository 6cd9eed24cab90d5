package io.ledgerbridge.connector.onecockpit.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice as {@code POST /api/v1/invoices} takes it, upserted by its number, with its customer upserted first.
 *
 * @param invoiceNumber the invoice number, OneCockpit's key of the invoice
 * @param customerEmail the customer's e-mail address, by which OneCockpit assigns the invoice
 * @param amount the gross amount
 * @param currency ISO 4217 code
 * @param date the issue date
 * @param status {@code open}, {@code paid} or {@code cancelled}
 * @param source which invoicing tool sent it: always {@link #SOURCE}
 * @param url where the invoice opens in the ERP (the ticket view links to it); null when the ERP sent none
 * @param customer the customer's fields
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvoiceDto(
        String invoiceNumber,
        String customerEmail,
        BigDecimal amount,
        String currency,
        LocalDate date,
        String status,
        String source,
        String url,
        CustomerDto customer) {
    /** The source Ledgerbridge's invoices carry; a number sent by another tool is refused (409). */
    public static final String SOURCE = "ledgerbridge";
}
