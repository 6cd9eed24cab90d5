package io.ledgerbridge.connector.onecockpit.internal.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A document as OneCockpit takes it ({@code POST /documents}).
 *
 * @param externalId Ledgerbridge's id of the document: the key it is looked up by after an uncertain attempt
 * @param type e.g. SALES_INVOICE
 * @param number the document number
 * @param issueDate issue date
 * @param dueDate due date, may be null
 * @param currency ISO 4217 code
 * @param customer the customer (or supplier)
 * @param lines the positions, net prices
 * @param net net total
 * @param tax tax total
 * @param gross gross total
 */
public record DocumentDto(
        String externalId,
        String type,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        String currency,
        CustomerDto customer,
        List<LineDto> lines,
        BigDecimal net,
        BigDecimal tax,
        BigDecimal gross) {}
