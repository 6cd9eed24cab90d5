package io.ledgerbridge.connector.sevdesk.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /Voucher/Factory/saveVoucher}: a receipt with its positions and the uploaded file.
 *
 * @param voucher the voucher head
 * @param voucherPosSave the positions
 * @param filename the name {@code uploadTempFile} gave the receipt's file, or null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoucherSave(Head voucher, List<Position> voucherPosSave, String filename) {

    /**
     * The voucher head; exactly one of taxRule (Update 2.0) and taxType (1.0) is set.
     *
     * @param objectName always Voucher
     * @param mapAll always true
     * @param voucherDate the receipt's date, dd.MM.yyyy
     * @param supplierName the supplier as written on the receipt
     * @param description the receipt's number
     * @param status 50 draft or 100 open
     * @param creditDebit C: an expense
     * @param voucherType always VOU
     * @param currency ISO 4217
     * @param taxRule the VAT rule (Update 2.0)
     * @param taxType the VAT regulation (1.0)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Head(
            String objectName,
            boolean mapAll,
            String voucherDate,
            String supplierName,
            String description,
            int status,
            String creditDebit,
            String voucherType,
            String currency,
            Ref taxRule,
            String taxType) {}

    /**
     * One position, booked on an account.
     *
     * @param objectName always VoucherPos
     * @param mapAll always true
     * @param accountDatev the booking account (Update 2.0)
     * @param accountingType the booking account (1.0)
     * @param taxRate VAT in percent
     * @param net true: sumNet is given
     * @param sumNet the net amount
     * @param comment what was bought
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Position(
            String objectName,
            boolean mapAll,
            Ref accountDatev,
            Ref accountingType,
            BigDecimal taxRate,
            boolean net,
            BigDecimal sumNet,
            String comment) {}
}
