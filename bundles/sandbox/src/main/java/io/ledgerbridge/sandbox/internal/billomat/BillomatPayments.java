package io.ledgerbridge.sandbox.internal.billomat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;

/**
 * Invoice payments: only for OPEN or OVERDUE invoices (else 422); the invoice becomes PAID when
 * {@code mark_invoice_as_paid} is set or the payments cover the gross total.
 */
final class BillomatPayments {

    private static final Set<String> TYPES = Set.of(
            "CREDIT_NOTE",
            "BANK_CARD",
            "BANK_TRANSFER",
            "DEBIT",
            "CASH",
            "CHECK",
            "PAYPAL",
            "CREDIT_CARD",
            "COUPON",
            "MISC");

    private final Clock clock;

    BillomatPayments(Clock clock) {
        this.clock = clock;
    }

    void register(Router router) {
        router.on("POST", "/invoice-payments", this::create)
                .on("GET", "/invoice-payments", request -> {
                    String invoiceId = request.query("invoice_id");
                    return BillomatFormat.list(
                            request,
                            "invoice-payments",
                            "invoice-payment",
                            BillomatClients.account(request)
                                    .payments
                                    .where(payment -> invoiceId == null
                                            || invoiceId.equals(
                                                    payment.path("invoice_id").asText())));
                })
                .on("GET", "/invoice-payments/{id}", request -> {
                    ObjectNode payment =
                            BillomatClients.account(request).payments.get(request.param("id"));
                    if (payment == null) {
                        throw ApiException.notFound("Invoice payment " + request.param("id") + " not found");
                    }
                    return BillomatFormat.resource(request, 200, "invoice-payment", payment);
                });
    }

    private SimResponse create(SimRequest request) {
        BillomatAccount account = BillomatClients.account(request);
        ObjectNode input = BillomatFormat.unwrap(request, "invoice-payment");
        ObjectNode invoice = account.invoices.get(Json.nonBlank(input, "invoice_id"));
        if (invoice == null) {
            throw ApiException.badRequest("Invalid value for invoice_id: " + Json.text(input, "invoice_id"));
        }
        BigDecimal amount = Json.decimal(input, "amount");
        if (amount == null) {
            throw ApiException.badRequest("Missing value for amount");
        }
        String type = Json.nonBlank(input, "type");
        if (type != null && !TYPES.contains(type)) {
            throw ApiException.badRequest("Invalid value for type: " + type);
        }
        String date = BillomatFormat.date(input, "date", BillomatFormat.today(clock.instant()));
        Boolean markPaid = Json.bool(input, "mark_invoice_as_paid");
        String status = invoice.path("status").asText();
        if (!"OPEN".equals(status) && !"OVERDUE".equals(status)) {
            throw ApiException.unprocessable("Payments can only be booked for invoices in status OPEN or OVERDUE"
                    + " (invoice is " + status + ")");
        }
        ObjectNode payment = account.payments.insert(id -> Json.object()
                .put("id", String.valueOf(id))
                .put("created", BillomatFormat.timestamp(clock.instant()))
                .put("invoice_id", invoice.path("id").asText())
                .put("user_id", "1")
                .put("date", date)
                .put("amount", BillomatFormat.money(amount))
                .put("comment", Objects.requireNonNullElse(Json.text(input, "comment"), ""))
                .put("transaction_purpose", Objects.requireNonNullElse(Json.text(input, "transaction_purpose"), ""))
                .put("currency_code", invoice.path("currency_code").asText())
                .put("quote", "1.0000")
                .put("type", Objects.requireNonNullElse(type, ""))
                .put("customfield", ""));
        applyTo(invoice, amount, Boolean.TRUE.equals(markPaid));
        return BillomatFormat.resource(request, 201, "invoice-payment", payment);
    }

    private void applyTo(ObjectNode invoice, BigDecimal amount, boolean markPaid) {
        BigDecimal paid = new BigDecimal(invoice.path("paid_amount").asText("0")).add(amount);
        BigDecimal gross = new BigDecimal(invoice.path("total_gross").asText("0"));
        invoice.put("paid_amount", BillomatFormat.money(paid))
                .put("open_amount", BillomatFormat.money(gross.subtract(paid).max(BigDecimal.ZERO)))
                .put("updated", BillomatFormat.timestamp(clock.instant()));
        if (markPaid || paid.compareTo(gross) >= 0) {
            invoice.put("status", "PAID");
        }
    }
}
