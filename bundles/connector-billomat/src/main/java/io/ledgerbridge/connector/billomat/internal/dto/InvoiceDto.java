package io.ledgerbridge.connector.billomat.internal.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A Billomat invoice as read; blank values are null.
 *
 * @param id Billomat's id
 * @param clientId the client's id
 * @param invoiceNumber the final number, null until the invoice is completed
 * @param numberPre the number's prefix, e.g. RE-2026-
 * @param number the running number, e.g. 42
 * @param status DRAFT, OPEN, OVERDUE, PAID or CANCELED
 * @param date the invoice date
 * @param supplyDate the supply date, when given as a date
 * @param dueDate the due date
 * @param currencyCode ISO 4217
 * @param netGross NET or GROSS: whether item prices are net or gross
 * @param totalNet the net total
 * @param totalGross the gross total
 * @param address the address printed on the invoice (lines separated by line breaks)
 */
public record InvoiceDto(
        String id,
        String clientId,
        String invoiceNumber,
        String numberPre,
        String number,
        String status,
        LocalDate date,
        LocalDate supplyDate,
        LocalDate dueDate,
        String currencyCode,
        String netGross,
        BigDecimal totalNet,
        BigDecimal totalGross,
        String address) {

    /** Reads the object inside {@code {"invoice":{..}}} or a list element. */
    public static InvoiceDto from(JsonNode node) {
        return new InvoiceDto(
                Fields.text(node, "id"),
                Fields.text(node, "client_id"),
                Fields.text(node, "invoice_number"),
                Fields.text(node, "number_pre"),
                Fields.text(node, "number"),
                Fields.text(node, "status"),
                Fields.date(node, "date"),
                Fields.date(node, "supply_date"),
                Fields.date(node, "due_date"),
                Fields.text(node, "currency_code"),
                Fields.text(node, "net_gross"),
                Fields.decimal(node, "total_net"),
                Fields.decimal(node, "total_gross"),
                Fields.text(node, "address"));
    }

    /** True while the invoice can still be changed (not completed yet). */
    public boolean draft() {
        return "DRAFT".equals(status);
    }

    /** True for a completed, valid invoice: OPEN, OVERDUE or PAID. */
    public boolean issued() {
        return "OPEN".equals(status) || "OVERDUE".equals(status) || "PAID".equals(status);
    }

    /** Billomat's id as a number, for ordering; -1 when it is not numeric. */
    public long numericId() {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
