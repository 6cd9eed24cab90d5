package io.ledgerbridge.sandbox.internal.onecockpit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * ASSUMED CONTRACT - invoices upserted by invoice number ({@code POST /api/v1/invoices}, status open, paid or
 * cancelled); a number owned by another source gets 409. Each customer's value is the sum of the amounts of their
 * invoices that are not cancelled.
 */
final class OneCockpitInvoices {

    static final String KIND_INVOICE_NUMBER = "invoiceNumber";
    static final String DEFAULT_SOURCE = "ledgerbridge";
    private static final Set<String> STATUSES = Set.of("open", "paid", "cancelled");

    private final OneCockpitContext context;
    private final OneCockpitCustomers customers;

    OneCockpitInvoices(OneCockpitContext context, OneCockpitCustomers customers) {
        this.context = context;
        this.customers = customers;
    }

    void register(Router router) {
        router.on("POST", "/api/v1/invoices", this::upsert).on("GET", "/api/v1/invoices", request -> {
            String number = request.query("invoiceNumber");
            return OneCockpitFormat.items(context.state.invoices.where(invoice -> number == null
                    || number.equals(invoice.path("invoiceNumber").asText())));
        });
    }

    private SimResponse upsert(SimRequest request) {
        ObjectNode body = Json.parseObject(request.body());
        String number = Json.nonBlank(body, "invoiceNumber");
        if (number == null) {
            throw ApiException.invalid(422, "invoiceNumber", "invoiceNumber is required");
        }
        String email = OneCockpitCustomers.email(body, "customerEmail");
        String source = Objects.requireNonNullElse(Json.nonBlank(body, "source"), DEFAULT_SOURCE);
        ObjectNode existing = context.state.invoicesByNumber.get(number);
        if (existing != null && !existing.path("source").asText().equals(source)) {
            throw ApiException.conflict("Invoice number " + number + " already exists from source "
                    + existing.path("source").asText());
        }
        ObjectNode fields = validated(body);
        ObjectNode customer = customerFor(email, body);
        return SimResponse.json(
                existing == null ? 201 : 200,
                store(existing, number, source, customer, fields).deepCopy());
    }

    /** Stores a validated invoice, creating it on first sight; returns the stored node. */
    ObjectNode store(ObjectNode existing, String number, String source, ObjectNode customer, ObjectNode fields) {
        String now = context.clock.instant().toString();
        ObjectNode invoice = existing;
        if (invoice == null) {
            invoice = context.state.invoices.insert(id -> Json.object()
                    .put("id", id)
                    .put("invoiceNumber", number)
                    .put("source", source)
                    .put("createdAt", now));
            context.state.invoicesByNumber.put(number, invoice);
            context.creates.record(KIND_INVOICE_NUMBER, number);
        }
        String previousEmail = invoice.path("customerEmail").asText(null);
        if (previousEmail != null) {
            addToValue(
                    context.state.customersByEmail.get(previousEmail),
                    amountOf(invoice).negate());
        }
        invoice.setAll(fields);
        invoice.put("customerEmail", customer.path("email").asText()).put("updatedAt", now);
        addToValue(customer, amountOf(invoice));
        return invoice;
    }

    private ObjectNode customerFor(String email, ObjectNode body) {
        ObjectNode embedded = Json.obj(body, "customer");
        if (embedded != null) {
            ObjectNode withEmail = embedded.deepCopy().put("email", email);
            return customers.upsert(withEmail);
        }
        ObjectNode customer = context.state.customersByEmail.get(email);
        if (customer == null) {
            throw ApiException.notFound("No customer with e-mail " + email + "; create it first or send 'customer'");
        }
        return customer;
    }

    static ObjectNode validated(ObjectNode body) {
        BigDecimal amount = Json.decimal(body, "amount");
        if (amount != null && amount.signum() < 0) {
            throw ApiException.invalid(422, "amount", "amount must not be negative");
        }
        String status = Objects.requireNonNullElse(Json.nonBlank(body, "status"), "open")
                .toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw ApiException.invalid(422, "status", "status must be open, paid or cancelled");
        }
        String currency = Objects.requireNonNullElse(Json.nonBlank(body, "currency"), "EUR");
        if (!currency.matches("[A-Za-z]{3}")) {
            throw ApiException.invalid(422, "currency", "currency must be an ISO 4217 code");
        }
        String date = Json.nonBlank(body, "date");
        try {
            date = date == null ? null : LocalDate.parse(date).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(422, "date", "date must be YYYY-MM-DD");
        }
        return Json.object()
                .put("amount", money(Objects.requireNonNullElse(amount, BigDecimal.ZERO)))
                .put("currency", currency.toUpperCase(Locale.ROOT))
                .put("date", date)
                .put("status", status)
                .put("url", link(Json.nonBlank(body, "url")));
    }

    /** The link back to the invoice in the invoicing tool (the ticket view opens it): an http(s) address. */
    private static String link(String url) {
        if (url == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw ApiException.invalid(422, "url", "url must be an http or https address");
    }

    private static void addToValue(ObjectNode customer, BigDecimal amount) {
        if (customer != null) {
            BigDecimal value = new BigDecimal(customer.path("customerValue").asText("0")).add(amount);
            customer.put("customerValue", money(value));
        }
    }

    /** What the invoice adds to its customer's value: nothing once it is cancelled. */
    private static BigDecimal amountOf(ObjectNode invoice) {
        if ("cancelled".equals(invoice.path("status").asText())) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(invoice.path("amount").asText("0"));
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
