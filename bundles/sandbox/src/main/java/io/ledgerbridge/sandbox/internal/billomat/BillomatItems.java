package io.ledgerbridge.sandbox.internal.billomat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Invoice items: nested in {@code invoice-items.invoice-item} on create or appended through
 * {@code POST /invoice-items} while the invoice is a draft; keeps the invoice totals up to date.
 */
final class BillomatItems {

    private static final BigDecimal DEFAULT_TAX_RATE = BigDecimal.valueOf(19);
    private static final String[] FIELDS = {
        "article_id", "unit", "title", "description", "reduction", "type", "tax_name"
    };

    void register(Router router) {
        router.on("POST", "/invoice-items", this::create)
                .on("GET", "/invoice-items", request -> {
                    String invoiceId = request.query("invoice_id");
                    return BillomatFormat.list(
                            request,
                            "invoice-items",
                            "invoice-item",
                            account(request)
                                    .invoiceItems
                                    .where(item -> invoiceId == null
                                            || invoiceId.equals(
                                                    item.path("invoice_id").asText())));
                })
                .on("GET", "/invoice-items/{id}", request -> {
                    ObjectNode item = account(request).invoiceItems.get(request.param("id"));
                    if (item == null) {
                        throw ApiException.notFound("Invoice item " + request.param("id") + " not found");
                    }
                    return BillomatFormat.resource(request, 200, "invoice-item", item);
                });
    }

    /** The items of a create body, accepting a list, a single object (the quirk) or nothing. */
    static List<JsonNode> nested(ObjectNode invoiceInput) {
        List<JsonNode> result = new ArrayList<>();
        ObjectNode wrapper = Json.obj(invoiceInput, "invoice-items");
        JsonNode items = wrapper == null ? null : wrapper.get("invoice-item");
        if (items == null
                || items.isNull()
                || items.isTextual() && items.asText().isEmpty()) {
            return result;
        }
        if (items.isObject()) {
            result.add(items);
        } else if (items.isArray()) {
            items.forEach(result::add);
        } else {
            throw ApiException.badRequest("invoice-items.invoice-item must be an object or a list");
        }
        for (JsonNode item : result) {
            validate(item);
        }
        return result;
    }

    static void validate(JsonNode item) {
        if (!item.isObject()) {
            throw ApiException.badRequest("invoice-item must be an object");
        }
        Json.decimal(item, "quantity");
        Json.decimal(item, "unit_price");
        Json.decimal(item, "tax_rate");
    }

    /** Stores one item of the invoice and adds it to the invoice totals. */
    static ObjectNode add(BillomatAccount account, ObjectNode invoice, JsonNode input) {
        BigDecimal quantity = Objects.requireNonNullElse(Json.decimal(input, "quantity"), BigDecimal.ONE);
        BigDecimal unitPrice = Objects.requireNonNullElse(Json.decimal(input, "unit_price"), BigDecimal.ZERO);
        BigDecimal taxRate = Objects.requireNonNullElse(Json.decimal(input, "tax_rate"), DEFAULT_TAX_RATE);
        boolean gross = "GROSS".equals(invoice.path("net_gross").asText());
        BigDecimal amount = quantity.multiply(unitPrice);
        BigDecimal factor = BigDecimal.ONE.add(taxRate.movePointLeft(2));
        BigDecimal net = gross ? amount.divide(factor, MathContext.DECIMAL64) : amount;
        BigDecimal total = gross ? amount : amount.multiply(factor);
        String invoiceId = invoice.path("id").asText();
        int position = account.itemsPerInvoice.merge(invoiceId, 1, Integer::sum);
        ObjectNode item = account.invoiceItems.insert(id -> {
            ObjectNode node = Json.object()
                    .put("id", String.valueOf(id))
                    .put("invoice_id", invoiceId)
                    .put("position", String.valueOf(position));
            BillomatFormat.copyStrings((ObjectNode) input, node, FIELDS);
            return node.put("quantity", quantity.toPlainString())
                    .put("unit_price", unitPrice.toPlainString())
                    .put("tax_rate", taxRate.toPlainString())
                    .put("total_net", BillomatFormat.money(net))
                    .put("total_gross", BillomatFormat.money(total));
        });
        addToTotals(invoice, net, total);
        return item;
    }

    private static void addToTotals(ObjectNode invoice, BigDecimal net, BigDecimal gross) {
        BigDecimal totalNet = new BigDecimal(invoice.path("total_net").asText("0")).add(net);
        BigDecimal totalGross = new BigDecimal(invoice.path("total_gross").asText("0")).add(gross);
        BigDecimal paid = new BigDecimal(invoice.path("paid_amount").asText("0"));
        invoice.put("total_net", BillomatFormat.money(totalNet))
                .put("total_gross", BillomatFormat.money(totalGross))
                .put("open_amount", BillomatFormat.money(totalGross.subtract(paid)));
    }

    private SimResponse create(SimRequest request) {
        BillomatAccount account = account(request);
        ObjectNode input = BillomatFormat.unwrap(request, "invoice-item");
        String invoiceId = Json.nonBlank(input, "invoice_id");
        ObjectNode invoice = account.invoices.get(invoiceId);
        if (invoice == null) {
            throw ApiException.badRequest("Invalid value for invoice_id: " + invoiceId);
        }
        if (!"DRAFT".equals(invoice.path("status").asText())) {
            throw ApiException.unprocessable("Items can only be added to invoices in status DRAFT");
        }
        validate(input);
        return BillomatFormat.resource(request, 201, "invoice-item", add(account, invoice, input));
    }

    private static BillomatAccount account(SimRequest request) {
        return BillomatClients.account(request);
    }
}
