package io.ledgerbridge.model;

import java.math.BigDecimal;

/**
 * One position of a document.
 *
 * @param description what was sold or bought
 * @param quantity how many units (may have decimals, e.g. 1.5 hours)
 * @param unit the unit of measure, e.g. "pcs" or "h"; optional
 * @param unitPrice net price of one unit in the document currency
 * @param taxRate tax rate in percent, e.g. 19 or 7 or 0
 */
public record LineItem(String description, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal taxRate) {

    /** The net amount of this line, rounded to cents (half-up). */
    public BigDecimal netAmount() {
        return Money.round(quantity.multiply(unitPrice));
    }
}
