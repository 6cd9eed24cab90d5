package io.ledgerbridge.connector.sevdesk.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /Invoice/Factory/saveInvoice}: the invoice and its positions.
 *
 * @param invoice the invoice head
 * @param invoicePosSave the positions, in order
 */
public record InvoiceSave(Head invoice, List<Position> invoicePosSave) {

    /**
     * The invoice head. Dates are dd.MM.yyyy; exactly one of taxRule (Update 2.0) and taxType (1.0) is set.
     *
     * @param objectName always Invoice
     * @param mapAll always true
     * @param invoiceNumber the platform's number, kept
     * @param contact the customer
     * @param contactPerson the SevUser shown as contact person
     * @param invoiceDate issue date
     * @param deliveryDate delivery date, may be null
     * @param header the title, e.g. "Rechnung RE-1"
     * @param address the recipient's address block, lines separated by \n
     * @param addressCountry the recipient's StaticCountry, may be null
     * @param status always "100" (draft): the only status sevdesk 2.0 accepts on create; the specification declares
     *     it a string enumeration
     * @param invoiceType always RE
     * @param currency ISO 4217
     * @param discount always 0
     * @param timeToPay days until due, may be null
     * @param showNet true: position prices are net
     * @param smallSettlement true for a Kleinunternehmer
     * @param taxRule the VAT rule (Update 2.0)
     * @param taxType the VAT regulation (1.0)
     * @param taxText the VAT line shown on the invoice
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Head(
            String objectName,
            boolean mapAll,
            String invoiceNumber,
            Ref contact,
            Ref contactPerson,
            String invoiceDate,
            String deliveryDate,
            String header,
            String address,
            Ref addressCountry,
            String status,
            String invoiceType,
            String currency,
            int discount,
            Integer timeToPay,
            boolean showNet,
            boolean smallSettlement,
            Ref taxRule,
            String taxType,
            String taxText) {}

    /**
     * One position.
     *
     * @param objectName always InvoicePos
     * @param mapAll always true
     * @param quantity how many
     * @param price net price of one unit
     * @param name what was sold
     * @param taxRate VAT in percent
     * @param unity the unit (1 piece, 9 hour)
     * @param positionNumber 0 for the first
     */
    public record Position(
            String objectName,
            boolean mapAll,
            BigDecimal quantity,
            BigDecimal price,
            String name,
            BigDecimal taxRate,
            Ref unity,
            int positionNumber) {}
}
