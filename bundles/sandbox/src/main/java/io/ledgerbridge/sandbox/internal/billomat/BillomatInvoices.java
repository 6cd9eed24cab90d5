package io.ledgerbridge.sandbox.internal.billomat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import io.ledgerbridge.sandbox.internal.state.CreateCounter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Billomat invoices: always DRAFT on create (with nested items), {@code complete} assigns the number (the sent
 * number_pre/number or the next free one) and opens the invoice once, {@code cancel}, delete of drafts, lists.
 */
final class BillomatInvoices {

    static final String KIND_INVOICE_NUMBER = "invoice_number";
    private static final Set<String> STATUSES = Set.of("DRAFT", "OPEN", "PAID", "OVERDUE", "CANCELED");
    private static final String[] FIELDS = {
        "contact_id",
        "address",
        "supply_date",
        "supply_date_type",
        "title",
        "label",
        "intro",
        "note",
        "reduction",
        "payment_types",
        "template_id",
        "free_text_id",
        "discount_rate",
        "discount_days",
        "offer_id",
        "confirmation_id",
        "recurring_id"
    };
    private static final String[] TEXT_FILTERS = {"label", "intro", "note"};

    private final Clock clock;
    private final CreateCounter creates;

    BillomatInvoices(Clock clock, CreateCounter creates) {
        this.clock = clock;
        this.creates = creates;
    }

    void register(Router router) {
        router.on("GET", "/invoices", this::list)
                .on("POST", "/invoices", this::create)
                .on(
                        "GET",
                        "/invoices/{id}",
                        request -> BillomatFormat.resource(request, 200, "invoice", required(request)))
                .on("DELETE", "/invoices/{id}", this::delete)
                .on("PUT", "/invoices/{id}/complete", this::complete)
                .on("PUT", "/invoices/{id}/cancel", this::cancel);
    }

    static ObjectNode required(SimRequest request) {
        ObjectNode invoice = BillomatClients.account(request).invoices.get(request.param("id"));
        if (invoice == null) {
            throw ApiException.notFound("Invoice " + request.param("id") + " not found");
        }
        return invoice;
    }

    private SimResponse create(SimRequest request) {
        BillomatAccount account = BillomatClients.account(request);
        ObjectNode input = BillomatFormat.unwrap(request, "invoice");
        String clientId = Json.nonBlank(input, "client_id");
        if (clientId == null || account.clients.get(clientId) == null) {
            throw ApiException.badRequest("Invalid value for client_id: " + clientId);
        }
        List<JsonNode> items = BillomatItems.nested(input);
        Long number = Json.integer(input, "number");
        String intendedNumber = number == null
                ? null
                : Objects.requireNonNullElse(Json.text(input, "number_pre"), "RE")
                        + BillomatClients.pad(number, BillomatClients.numberLength(input));
        ObjectNode invoice = account.invoices.insert(id -> newInvoice(id, input, clientId, number));
        items.forEach(item -> BillomatItems.add(account, invoice, item));
        creates.record(KIND_INVOICE_NUMBER, intendedNumber);
        return BillomatFormat.resource(request, 201, "invoice", invoice);
    }

    private ObjectNode newInvoice(long id, ObjectNode input, String clientId, Long number) {
        String now = BillomatFormat.timestamp(clock.instant());
        String date = BillomatFormat.date(input, "date", BillomatFormat.today(clock.instant()));
        Long dueDays = Json.integer(input, "due_days");
        String dueDate = BillomatFormat.date(
                input,
                "due_date",
                LocalDate.parse(date).plusDays(dueDays == null ? 14 : dueDays).toString());
        ObjectNode invoice = Json.object()
                .put("id", String.valueOf(id))
                .put("created", now)
                .put("updated", now)
                .put("client_id", clientId)
                .put("invoice_number", "")
                .put("number", number == null ? "" : String.valueOf(number))
                .put("number_pre", Objects.requireNonNullElse(Json.text(input, "number_pre"), "RE"))
                .put("number_length", String.valueOf(BillomatClients.numberLength(input)))
                .put("status", "DRAFT")
                .put("date", date)
                .put("due_date", dueDate)
                .put("due_days", String.valueOf(dueDays == null ? 14 : dueDays));
        BillomatFormat.copyStrings(input, invoice, FIELDS);
        String netGross = Objects.requireNonNullElse(Json.nonBlank(input, "net_gross"), "NET");
        return invoice.put("net_gross", netGross.toUpperCase(Locale.ROOT))
                .put("currency_code", Objects.requireNonNullElse(Json.nonBlank(input, "currency_code"), "EUR"))
                .put("quote", Objects.requireNonNullElse(Json.nonBlank(input, "quote"), "1.0000"))
                .put("total_net", "0.00")
                .put("total_gross", "0.00")
                .put("paid_amount", "0.00")
                .put("open_amount", "0.00");
    }

    private SimResponse complete(SimRequest request) {
        ObjectNode invoice = required(request);
        Json.parseObjectOrEmpty(request.body()); // {"complete":{"template_id":..}}, {} or nothing; must be JSON
        if (!"DRAFT".equals(invoice.path("status").asText())) {
            throw ApiException.unprocessable("Invoice " + invoice.path("id").asText() + " is not a draft (status "
                    + invoice.path("status").asText() + ")");
        }
        BillomatAccount account = BillomatClients.account(request);
        String numberText = invoice.path("number").asText();
        long number = numberText.isEmpty() ? account.nextInvoiceNumber : Long.parseLong(numberText);
        account.nextInvoiceNumber = Math.max(account.nextInvoiceNumber, number + 1);
        String prefix = invoice.path("number_pre").asText();
        invoice.put("number", String.valueOf(number))
                .put(
                        "invoice_number",
                        prefix
                                + BillomatClients.pad(
                                        number, invoice.path("number_length").asInt()));
        boolean overdue = LocalDate.parse(invoice.path("due_date").asText())
                .isBefore(LocalDate.ofInstant(clock.instant(), BillomatFormat.BERLIN));
        invoice.put("status", overdue ? "OVERDUE" : "OPEN").put("updated", BillomatFormat.timestamp(clock.instant()));
        return SimResponse.empty(200);
    }

    private SimResponse cancel(SimRequest request) {
        ObjectNode invoice = required(request);
        String status = invoice.path("status").asText();
        if ("DRAFT".equals(status) || "CANCELED".equals(status)) {
            throw ApiException.unprocessable("Invoice in status " + status + " cannot be canceled");
        }
        invoice.put("status", "CANCELED").put("updated", BillomatFormat.timestamp(clock.instant()));
        return SimResponse.empty(200);
    }

    private SimResponse delete(SimRequest request) {
        ObjectNode invoice = required(request);
        if (!"DRAFT".equals(invoice.path("status").asText())) {
            throw ApiException.unprocessable("Only invoices in status DRAFT can be deleted");
        }
        BillomatClients.account(request).invoices.remove(invoice.path("id").asText());
        return SimResponse.empty(200);
    }

    private SimResponse list(SimRequest request) {
        String clientId = request.query("client_id");
        String number = lower(request.query("invoice_number"));
        Set<String> statuses = statuses(request.query("status"));
        String from = dateParam(request, "from");
        String to = dateParam(request, "to");
        return BillomatFormat.list(
                request,
                "invoices",
                "invoice",
                BillomatClients.account(request)
                        .invoices
                        .where(invoice -> (clientId == null
                                        || clientId.equals(
                                                invoice.path("client_id").asText()))
                                && (number == null
                                        || invoice.path("invoice_number")
                                                .asText()
                                                .toLowerCase(Locale.ROOT)
                                                .contains(number))
                                && (statuses.isEmpty()
                                        || statuses.contains(
                                                invoice.path("status").asText()))
                                && (from == null
                                        || invoice.path("date").asText().compareTo(from) >= 0)
                                && (to == null || invoice.path("date").asText().compareTo(to) <= 0)
                                && textFiltersMatch(request, invoice)));
    }

    private static boolean textFiltersMatch(SimRequest request, ObjectNode invoice) {
        for (String filter : TEXT_FILTERS) {
            String needle = lower(request.query(filter));
            if (needle != null
                    && !invoice.path(filter).asText().toLowerCase(Locale.ROOT).contains(needle)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> statuses(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Set.of();
        }
        Set<String> result = new java.util.HashSet<>();
        for (String status : parameter.split(",")) {
            String upper = status.trim().toUpperCase(Locale.ROOT);
            if (!STATUSES.contains(upper)) {
                throw ApiException.badRequest("Invalid value for status: " + status);
            }
            result.add(upper);
        }
        return result;
    }

    private static String dateParam(SimRequest request, String name) {
        String value = request.query(name);
        return value == null || value.isBlank()
                ? null
                : BillomatFormat.date(Json.object().put(name, value), name, null);
    }

    private static String lower(String value) {
        return value == null || value.isEmpty() ? null : value.toLowerCase(Locale.ROOT);
    }
}
