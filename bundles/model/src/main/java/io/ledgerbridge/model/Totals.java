package io.ledgerbridge.model;

import java.math.BigDecimal;

/**
 * The totals of a document, checked against its lines at intake.
 *
 * @param net sum of the lines' net amounts
 * @param tax the tax amount
 * @param gross net plus tax
 */
public record Totals(BigDecimal net, BigDecimal tax, BigDecimal gross) {}
