package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.billomat.internal.dto.ClientDto;
import io.ledgerbridge.connector.billomat.internal.dto.InvoiceDto;
import io.ledgerbridge.connector.billomat.internal.dto.ItemDto;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.LineItem;
import io.ledgerbridge.model.Money;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.Totals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Billomat invoice as a platform document: an outgoing invoice with Billomat's own totals (exact, never
 * recomputed), its items as lines with net unit prices, and the client as the party. Tenant and tags are left to
 * the import connection's defaults.
 */
final class ImportMapper {
    private static final int PRICE_SCALE = 6;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String billomatId;
    private final DocumentType type;

    ImportMapper(String billomatId, DocumentType type) {
        this.billomatId = billomatId;
        this.type = type;
    }

    /** The id imported documents carry in the platform: {@code billomat:<billomatId>:<invoice id>}. */
    static String sourceId(String billomatId, String invoiceId) {
        return "billomat:" + billomatId + ":" + invoiceId;
    }

    DocumentDraft draft(InvoiceDto invoice, List<ItemDto> items, ClientDto client) {
        BigDecimal net = invoice.totalNet();
        BigDecimal gross = invoice.totalGross();
        Totals totals = net == null || gross == null ? null : new Totals(net, gross.subtract(net), gross);
        List<LineItem> lines = items.stream()
                .sorted(Comparator.comparingInt(ItemDto::position))
                .map(item -> line(item, "GROSS".equals(invoice.netGross())))
                .toList();
        return new DocumentDraft(
                null,
                sourceId(billomatId, invoice.id()),
                type,
                Direction.OUTGOING,
                invoice.invoiceNumber(),
                invoice.date(),
                invoice.supplyDate(),
                invoice.dueDate(),
                invoice.currencyCode() == null ? "EUR" : invoice.currencyCode(),
                lines,
                totals,
                party(client, invoice),
                List.of(),
                List.of());
    }

    /**
     * A line with a net unit price: Billomat's own price when it is net and matches the item's net amount, else the
     * item's net amount per unit (gross prices and reductions), so that the line's net is Billomat's.
     */
    static LineItem line(ItemDto item, boolean grossPrices) {
        BigDecimal quantity = item.quantity() == null ? BigDecimal.ONE : item.quantity();
        BigDecimal unitPrice = item.unitPrice();
        boolean priceIsNet = !grossPrices
                && unitPrice != null
                && (item.totalNet() == null
                        || Money.round(quantity.multiply(unitPrice)).compareTo(item.totalNet()) == 0);
        if (!priceIsNet && item.totalNet() != null && quantity.signum() != 0) {
            unitPrice = item.totalNet()
                    .divide(quantity, PRICE_SCALE, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            unitPrice = unitPrice.scale() < 2 ? unitPrice.setScale(2) : unitPrice;
        }
        String description = item.title() != null ? item.title() : item.description();
        return new LineItem(
                description == null ? "Position " + item.position() : description,
                quantity,
                item.unit(),
                unitPrice,
                item.taxRate() == null ? BigDecimal.ZERO : item.taxRate());
    }

    /** The client as the customer; without one (deleted in Billomat) or without a name, the invoice's address. */
    static Party party(ClientDto client, InvoiceDto invoice) {
        String addressee = firstLine(invoice.address());
        if (client == null) {
            return addressee == null
                    ? null
                    : new Party(null, addressee, null, null, null, null, null, null, null, null, null, null);
        }
        boolean named = client.name() != null || client.firstName() != null || client.lastName() != null;
        return new Party(
                email(client.email()),
                named ? client.name() : addressee,
                client.salutation(),
                client.firstName(),
                client.lastName(),
                client.street(),
                client.zip(),
                client.city(),
                country(client.countryCode()),
                client.phone(),
                client.vatNumber(),
                client.clientNumber());
    }

    /** The (first) address when it looks like one; a malformed address is left out rather than the invoice. */
    private static String email(String value) {
        String first = value == null ? null : value.split("[,;\\s]+")[0];
        return first != null && EMAIL.matcher(first).matches() ? first : null;
    }

    private static String country(String value) {
        return value != null && value.matches("[A-Za-z]{2}") ? value.toUpperCase(Locale.ROOT) : null;
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().split("\\R", 2)[0].strip();
        return line.isEmpty() ? null : line;
    }
}
