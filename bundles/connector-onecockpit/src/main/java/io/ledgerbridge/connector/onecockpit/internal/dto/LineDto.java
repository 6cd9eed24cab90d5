package io.ledgerbridge.connector.onecockpit.internal.dto;

import java.math.BigDecimal;

/**
 * One position of a document as OneCockpit takes it.
 *
 * @param description what was sold
 * @param quantity how many units
 * @param unit the unit, may be null
 * @param unitPrice net price of one unit
 * @param taxRate tax rate in percent
 */
public record LineDto(String description, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal taxRate) {}
