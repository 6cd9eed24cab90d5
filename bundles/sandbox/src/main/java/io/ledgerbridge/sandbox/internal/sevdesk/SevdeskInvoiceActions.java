package io.ledgerbridge.sandbox.internal.sevdesk;

import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.money;
import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.ref;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * The only ways an invoice's status moves under Update 2.0: {@code sendBy} (100 to 200) and {@code bookAmount}
 * (to 750 partially or 1000 fully paid, answered with an InvoiceLog entry carrying fromStatus and toStatus).
 */
final class SevdeskInvoiceActions {

    private static final Set<String> SEND_TYPES = Set.of("VPR", "VP", "VM", "VPDF");
    private static final Set<String> BOOKING_TYPES = Set.of("FULL_PAYMENT", "N", "CB", "CF", "O", "OF", "MTC");
    /** Booking types that write off the rest (discount, fees, other), so the invoice counts as settled. */
    private static final Set<String> SETTLING_TYPES = Set.of("CB", "CF", "O", "MTC");

    private final SevdeskContext context;
    private final SevdeskInvoices invoices;

    SevdeskInvoiceActions(SevdeskContext context, SevdeskInvoices invoices) {
        this.context = context;
        this.invoices = invoices;
    }

    void register(Router router) {
        router.on("PUT", "/Invoice/{id}/sendBy", this::sendBy).on("PUT", "/Invoice/{id}/bookAmount", this::bookAmount);
    }

    private SimResponse sendBy(SimRequest request) {
        ObjectNode invoice = invoices.required(request.param("id"));
        ObjectNode body = Json.parseObject(request.body());
        String sendType = Json.nonBlank(body, "sendType");
        if (sendType == null || !SEND_TYPES.contains(sendType)) {
            throw ApiException.invalid(400, "sendType", "sendType must be one of VPR, VP, VM, VPDF");
        }
        Boolean draft = Json.bool(body, "sendDraft");
        if (draft == null) {
            throw ApiException.invalid(400, "sendDraft", "sendDraft is required");
        }
        if (!draft) {
            if ("100".equals(invoice.path("status").asText())) {
                invoice.put("status", "200");
            }
            invoice.put("sendType", sendType).put("sendDate", context.now()).put("update", context.now());
        }
        return SevdeskFormat.objects(200, invoice.deepCopy());
    }

    private SimResponse bookAmount(SimRequest request) {
        ObjectNode invoice = invoices.required(request.param("id"));
        ObjectNode body = Json.parseObject(request.body());
        BigDecimal amount = Json.decimal(body, "amount");
        if (amount == null || amount.signum() <= 0) {
            throw ApiException.invalid(400, "amount", "amount is required and must be positive");
        }
        String dateText = Json.nonBlank(body, "date");
        if (dateText == null) {
            throw ApiException.invalid(400, "date", "date is required");
        }
        Instant bookingDate = SevdeskFormat.parseDate("date", dateText);
        String type = Json.nonBlank(body, "type");
        if (type == null || !BOOKING_TYPES.contains(type)) {
            throw ApiException.invalid(400, "type", "type must be one of " + BOOKING_TYPES);
        }
        if (!SevdeskReference.CHECK_ACCOUNT_ID.equals(SevdeskFormat.refId(body, "checkAccount"))) {
            throw ApiException.invalid(400, "checkAccount", "checkAccount must reference an existing CheckAccount");
        }
        String fromStatus = invoice.path("status").asText();
        if ("100".equals(fromStatus) || "1000".equals(fromStatus)) {
            throw ApiException.unprocessable(
                    "100".equals(fromStatus)
                            ? "Invoice is still a draft; send it (sendBy) before booking a payment"
                            : "Invoice is already paid");
        }
        return SevdeskFormat.objects(200, book(invoice, amount, type, bookingDate, fromStatus));
    }

    private ObjectNode book(ObjectNode invoice, BigDecimal amount, String type, Instant date, String fromStatus) {
        BigDecimal paid = new BigDecimal(invoice.path("paidAmount").asText("0")).add(amount);
        BigDecimal gross = new BigDecimal(invoice.path("sumGross").asText("0"));
        boolean settled = paid.compareTo(gross) >= 0 || SETTLING_TYPES.contains(type);
        String toStatus = settled ? "1000" : "750";
        String now = context.now();
        invoice.put("paidAmount", money(paid)).put("status", toStatus).put("update", now);
        if (settled) {
            invoice.put("payDate", SevdeskFormat.timestamp(date));
        }
        ObjectNode log = context.state.invoiceLogs.insert(id -> {
            ObjectNode entry = Json.object()
                    .put("id", String.valueOf(id))
                    .put("objectName", "InvoiceLog")
                    .putNull("additionalInformation")
                    .put("create", now);
            entry.set("invoice", ref(invoice.path("id").asText(), "Invoice"));
            entry.put("fromStatus", fromStatus)
                    .put("toStatus", toStatus)
                    .put("ammountPayed", money(amount))
                    .put("bookingDate", SevdeskFormat.timestamp(date));
            entry.set("sevClient", ref(SevdeskReference.SEV_CLIENT_ID, "SevClient"));
            return entry;
        });
        return log.deepCopy();
    }
}
