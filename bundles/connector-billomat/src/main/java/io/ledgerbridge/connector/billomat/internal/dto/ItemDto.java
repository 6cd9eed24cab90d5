package io.ledgerbridge.connector.billomat.internal.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * An invoice item as read; blank values are null.
 *
 * @param id Billomat's id
 * @param position the position on the invoice, from 1
 * @param unit the unit, e.g. Stück
 * @param quantity the quantity
 * @param unitPrice the price of one unit, net or gross per the invoice's net_gross
 * @param taxRate the tax rate in percent
 * @param title the item's title
 * @param description a longer description
 * @param totalNet the item's net amount after any reduction
 */
public record ItemDto(
        String id,
        int position,
        String unit,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal taxRate,
        String title,
        String description,
        BigDecimal totalNet) {

    /** Reads a list element of {@code invoice-items}. */
    public static ItemDto from(JsonNode node) {
        BigDecimal position = Fields.decimal(node, "position");
        return new ItemDto(
                Fields.text(node, "id"),
                position == null ? 0 : position.intValue(),
                Fields.text(node, "unit"),
                Fields.decimal(node, "quantity"),
                Fields.decimal(node, "unit_price"),
                Fields.decimal(node, "tax_rate"),
                Fields.text(node, "title"),
                Fields.text(node, "description"),
                Fields.decimal(node, "total_net"));
    }
}
