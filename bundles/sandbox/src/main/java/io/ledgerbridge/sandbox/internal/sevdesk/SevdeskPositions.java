package io.ledgerbridge.sandbox.internal.sevdesk;

import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.money;
import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.ref;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** Invoice positions: validation, storage and the invoice totals (net or gross prices per showNet). */
final class SevdeskPositions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SevdeskContext context;

    SevdeskPositions(SevdeskContext context) {
        this.context = context;
    }

    void validate(ArrayNode posSave) {
        for (int i = 0; i < posSave.size(); i++) {
            JsonNode position = posSave.get(i);
            String prefix = "invoicePosSave[" + i + "].";
            if (!position.isObject()) {
                throw ApiException.badRequest(prefix + " must be an object");
            }
            if (Json.decimal(position, "quantity") == null) {
                throw ApiException.invalid(422, prefix + "quantity", prefix + "quantity is required");
            }
            if (Json.decimal(position, "taxRate") == null) {
                throw ApiException.invalid(422, prefix + "taxRate", prefix + "taxRate is required");
            }
            if (SevdeskFormat.refId(position, "unity") == null) {
                throw ApiException.invalid(422, prefix + "unity", prefix + "unity is required");
            }
            Json.decimal(position, "price");
        }
    }

    /** Stores the positions of a new invoice and writes its sums; returns the stored positions. */
    ArrayNode save(ObjectNode invoice, ArrayNode posSave) {
        boolean net = "1".equals(invoice.path("showNet").asText());
        BigDecimal sumNet = BigDecimal.ZERO;
        BigDecimal sumGross = BigDecimal.ZERO;
        ArrayNode saved = Json.array();
        for (int i = 0; i < posSave.size(); i++) {
            JsonNode input = posSave.get(i);
            BigDecimal[] sums = sums(input, net);
            sumNet = sumNet.add(sums[0]);
            sumGross = sumGross.add(sums[1]);
            int number = i + 1;
            ObjectNode position =
                    context.state.invoicePositions.insert(id -> newPosition(id, invoice, input, sums, number));
            saved.add(position.deepCopy());
        }
        invoice.put("sumNet", money(sumNet))
                .put("sumTax", money(sumGross.subtract(sumNet)))
                .put("sumGross", money(sumGross))
                .put("sumDiscounts", "0.00");
        return saved;
    }

    List<ObjectNode> of(String invoiceId) {
        return context.state.invoicePositions.where(
                position -> invoiceId.equals(position.path("invoice").path("id").asText()));
    }

    private ObjectNode newPosition(long id, ObjectNode invoice, JsonNode input, BigDecimal[] sums, int number) {
        String now = context.now();
        ObjectNode position = Json.object()
                .put("id", String.valueOf(id))
                .put("objectName", "InvoicePos")
                .put("create", now)
                .put("update", now);
        position.set("invoice", ref(invoice.path("id").asText(), "Invoice"));
        SevdeskFormat.copyText(input, position, "quantity", "price", "name", "text", "taxRate");
        position.set("unity", ref(SevdeskFormat.refId(input, "unity"), "Unity"));
        position.put(
                "positionNumber",
                Objects.requireNonNullElse(Json.text(input, "positionNumber"), String.valueOf(number)));
        position.put("sumNet", money(sums[0]))
                .put("sumGross", money(sums[1]))
                .put("sumTax", money(sums[1].subtract(sums[0])));
        position.set("sevClient", ref(SevdeskReference.SEV_CLIENT_ID, "SevClient"));
        return position;
    }

    /** {net, gross} of one position, each rounded to cents. */
    private static BigDecimal[] sums(JsonNode position, boolean netPrices) {
        BigDecimal quantity = Json.decimal(position, "quantity");
        BigDecimal price = Objects.requireNonNullElse(Json.decimal(position, "price"), BigDecimal.ZERO);
        BigDecimal rate = Json.decimal(position, "taxRate");
        BigDecimal factor = BigDecimal.ONE.add(rate.divide(HUNDRED, MathContext.DECIMAL64));
        BigDecimal amount = quantity.multiply(price);
        BigDecimal net = netPrices ? amount : amount.divide(factor, MathContext.DECIMAL64);
        BigDecimal gross = netPrices ? amount.multiply(factor) : amount;
        return new BigDecimal[] {net.setScale(2, RoundingMode.HALF_UP), gross.setScale(2, RoundingMode.HALF_UP)};
    }
}
