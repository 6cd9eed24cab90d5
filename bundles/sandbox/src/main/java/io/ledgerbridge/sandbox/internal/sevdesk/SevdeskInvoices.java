package io.ledgerbridge.sandbox.internal.sevdesk;

import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.copyText;
import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.ref;
import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.refId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * sevdesk invoices: {@code Invoice/Factory/saveInvoice} with the Update 2.0 rules (status 100 only, taxRule
 * required) or 1.0 rules (taxType), the filtered list, single reads and positions. Duplicate numbers are accepted.
 */
final class SevdeskInvoices {

    private static final String[] TEXT_FIELDS = {
        "header", "headText", "footText", "address", "timeToPay", "taxText", "customerInternalNote", "discount"
    };

    private final SevdeskContext context;
    private final SevdeskPositions positions;

    SevdeskInvoices(SevdeskContext context) {
        this.context = context;
        this.positions = new SevdeskPositions(context);
    }

    void register(Router router) {
        router.on("POST", "/Invoice/Factory/saveInvoice", this::save)
                .on("GET", "/Invoice", this::list)
                .on(
                        "GET",
                        "/Invoice/{id}",
                        request -> SevdeskFormat.objects(200, Json.arrayOf(List.of(required(request.param("id"))))))
                .on(
                        "GET",
                        "/Invoice/{id}/getPositions",
                        request -> SevdeskFormat.list(
                                request,
                                positions.of(
                                        required(request.param("id")).path("id").asText())));
    }

    ObjectNode required(String id) {
        ObjectNode invoice = context.state.invoices.get(id);
        if (invoice == null) {
            throw ApiException.notFound("Invoice with id " + id + " not found");
        }
        return invoice;
    }

    private SimResponse save(SimRequest request) {
        ObjectNode body = Json.parseObject(request.body());
        ObjectNode invoice = Json.obj(body, "invoice");
        if (invoice == null) {
            throw ApiException.badRequest("Missing invoice object in saveInvoice body");
        }
        if (Json.nonBlank(invoice, "id") != null) {
            throw ApiException.badRequest("The sandbox does not simulate updating invoices via saveInvoice");
        }
        ArrayNode posSave = Objects.requireNonNullElseGet(Json.arr(body, "invoicePosSave"), Json::array);
        InvoiceDraft draft = validate(invoice);
        positions.validate(posSave);
        ObjectNode stored = context.state.invoices.insert(id -> newInvoice(id, invoice, draft));
        ArrayNode savedPositions = positions.save(stored, posSave);
        context.creates.record(SevdeskContext.KIND_INVOICE_NUMBER, draft.number);
        ObjectNode result = Json.object();
        result.set("invoice", stored.deepCopy());
        result.set("invoicePos", savedPositions);
        result.putNull("filename");
        return SevdeskFormat.objects(201, result);
    }

    private record InvoiceDraft(
            String number,
            String contactId,
            String status,
            Instant date,
            String taxRule,
            String taxType,
            String invoiceType) {}

    private InvoiceDraft validate(ObjectNode invoice) {
        String contactId = refId(invoice, "contact");
        if (contactId == null || context.state.contacts.get(contactId) == null) {
            throw ApiException.invalid(422, "contact", "Invoice needs an existing contact: " + contactId);
        }
        if (!SevdeskReference.SEV_USER_ID.equals(refId(invoice, "contactPerson"))) {
            throw ApiException.invalid(422, "contactPerson", "Invoice needs contactPerson, an existing SevUser");
        }
        String dateText = Json.nonBlank(invoice, "invoiceDate");
        if (dateText == null) {
            throw ApiException.invalid(422, "invoiceDate", "invoiceDate is required");
        }
        String invoiceType = Objects.requireNonNullElse(Json.nonBlank(invoice, "invoiceType"), "RE");
        if (!SevdeskReference.INVOICE_TYPES.contains(invoiceType)) {
            throw ApiException.invalid(422, "invoiceType", "Unknown invoiceType " + invoiceType);
        }
        String country = refId(invoice, "addressCountry");
        if (country != null && !SevdeskReference.isCountry(country)) {
            throw ApiException.invalid(422, "addressCountry", "Unknown addressCountry " + country);
        }
        String status = Objects.requireNonNullElse(Json.nonBlank(invoice, "status"), "100");
        String number = Json.nonBlank(invoice, "invoiceNumber");
        return new InvoiceDraft(
                number == null ? "RE-" + context.state.nextInvoiceNumber++ : number,
                contactId,
                checkStatus(status),
                SevdeskFormat.parseDate("invoiceDate", dateText),
                checkTaxRule(invoice),
                checkTaxType(invoice),
                invoiceType);
    }

    private String checkStatus(String status) {
        if (context.state.isUpdate2() && !"100".equals(status)) {
            throw ApiException.invalid(
                    422, "status", "With sevdesk Update 2.0 invoices can only be created as drafts (status 100)");
        }
        if (!List.of("100", "200", "1000").contains(status)) {
            throw ApiException.invalid(422, "status", "Invalid invoice status " + status);
        }
        return status;
    }

    private String checkTaxRule(ObjectNode invoice) {
        String taxRule = refId(invoice, "taxRule");
        if (!context.state.isUpdate2()) {
            return taxRule;
        }
        if (taxRule == null) {
            throw ApiException.invalid(
                    422,
                    "taxRule",
                    "taxRule is required with sevdesk Update 2.0"
                            + (Json.nonBlank(invoice, "taxType") != null
                                    ? " (taxType alone is no longer accepted)"
                                    : ""));
        }
        if (!SevdeskReference.INVOICE_TAX_RULES.contains(taxRule)) {
            throw ApiException.invalid(422, "taxRule", "Invalid taxRule " + taxRule + " for invoices");
        }
        return taxRule;
    }

    private String checkTaxType(ObjectNode invoice) {
        String taxType = Json.nonBlank(invoice, "taxType");
        if (context.state.isUpdate2()) {
            return taxType;
        }
        if (taxType == null || !SevdeskReference.TAX_TYPES.contains(taxType)) {
            throw ApiException.invalid(422, "taxType", "taxType must be one of default, eu, noteu, custom, ss");
        }
        return taxType;
    }

    private ObjectNode newInvoice(long id, ObjectNode input, InvoiceDraft draft) {
        String now = context.now();
        ObjectNode invoice = Json.object()
                .put("id", String.valueOf(id))
                .put("objectName", "Invoice")
                .put("invoiceNumber", draft.number)
                .put("create", now)
                .put("update", now);
        invoice.set("contact", ref(draft.contactId, "Contact"));
        invoice.set("contactPerson", ref(SevdeskReference.SEV_USER_ID, "SevUser"));
        invoice.set("sevClient", ref(SevdeskReference.SEV_CLIENT_ID, "SevClient"));
        invoice.put("invoiceDate", SevdeskFormat.timestamp(draft.date));
        copyText(input, invoice, TEXT_FIELDS);
        String delivery = Json.nonBlank(input, "deliveryDate");
        invoice.put(
                "deliveryDate",
                delivery == null ? null : SevdeskFormat.timestamp(SevdeskFormat.parseDate("deliveryDate", delivery)));
        String country = refId(input, "addressCountry");
        invoice.set("addressCountry", country == null ? null : ref(country, "StaticCountry"));
        invoice.put("status", draft.status)
                .put("invoiceType", draft.invoiceType)
                .put("currency", Objects.requireNonNullElse(Json.nonBlank(input, "currency"), "EUR"));
        invoice.set("taxRule", draft.taxRule == null ? null : ref(draft.taxRule, "TaxRule"));
        invoice.put("taxType", draft.taxType).put("taxRate", Json.nonBlank(input, "taxRate"));
        invoice.put("showNet", Boolean.FALSE.equals(Json.bool(input, "showNet")) ? "0" : "1");
        invoice.put("smallSettlement", Boolean.TRUE.equals(Json.bool(input, "smallSettlement")) ? "1" : "0");
        invoice.put("paidAmount", "0").putNull("payDate").putNull("sendDate").putNull("sendType");
        return invoice;
    }

    private SimResponse list(SimRequest request) {
        String number = request.query("invoiceNumber");
        String status = request.query("status");
        String contactId = request.query("contact[id]");
        Long start = epoch(request, "startDate");
        Long end = epoch(request, "endDate");
        return SevdeskFormat.list(
                request,
                context.state.invoices.where(invoice -> (number == null
                                || number.equals(invoice.path("invoiceNumber").asText()))
                        && (status == null
                                || status.equals(invoice.path("status").asText()))
                        && (contactId == null
                                || contactId.equals(
                                        invoice.path("contact").path("id").asText()))
                        && inRange(invoice.path("invoiceDate"), start, end)));
    }

    private static boolean inRange(JsonNode date, Long start, Long end) {
        long seconds = java.time.OffsetDateTime.parse(date.asText()).toEpochSecond();
        return (start == null || seconds >= start) && (end == null || seconds <= end);
    }

    private static Long epoch(SimRequest request, String name) {
        String value = request.query(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.trim().matches("\\d{1,12}")) {
            throw ApiException.invalid(400, name, name + " must be a unix timestamp");
        }
        return Long.parseLong(value.trim());
    }
}
