package io.ledgerbridge.sandbox.internal.onecockpit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import io.ledgerbridge.sandbox.internal.http.SimulatedApi;
import io.ledgerbridge.sandbox.internal.state.ControlledState;
import io.ledgerbridge.sandbox.internal.state.CreateCounter;
import io.ledgerbridge.sandbox.internal.state.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * ASSUMED CONTRACT - OneCockpit publishes no API; this is our own minimal partner API: {@code X-Api-Key},
 * customer upsert by e-mail, invoice upsert by number, 409 across sources, 429 with Retry-After per second.
 */
public final class AssumedOneCockpitApi implements SimulatedApi, ControlledState {

    public static final String KIND_INVOICE_NUMBER = OneCockpitInvoices.KIND_INVOICE_NUMBER;
    public static final String KIND_CUSTOMER_EMAIL = OneCockpitCustomers.KIND_CUSTOMER_EMAIL;

    private final String seedKey;
    private final int initialRequestsPerSecond;
    private final OneCockpitContext context;
    private final OneCockpitCustomers customers;
    private final OneCockpitInvoices invoices;
    private final Router router = new Router();

    public AssumedOneCockpitApi(Clock clock, CreateCounter creates, String apiKey, int requestsPerSecond) {
        this.seedKey = apiKey;
        this.initialRequestsPerSecond = checkRate(requestsPerSecond);
        this.context = new OneCockpitContext(clock, creates, new OneCockpitState(apiKey, requestsPerSecond));
        this.customers = new OneCockpitCustomers(context);
        this.invoices = new OneCockpitInvoices(context, customers);
        customers.register(router);
        invoices.register(router);
    }

    @Override
    public synchronized SimResponse handle(SimRequest request) {
        if (!request.path().startsWith("/api/v1/")) {
            throw ApiException.notFound("Not found: " + request.path());
        }
        String key = request.header("X-Api-Key");
        if (key == null || !context.state.apiKeys.contains(key)) {
            throw ApiException.unauthorized("Missing or invalid API key (X-Api-Key)");
        }
        if (!context.state.admit(key, context.clock.instant().getEpochSecond())) {
            throw new ApiException(
                            429, "Rate limit of " + context.state.requestsPerSecond + " requests per second exceeded")
                    .withHeader("Retry-After", "1");
        }
        return router.dispatch(request, request.path());
    }

    @Override
    public SimResponse error(SimRequest request, ApiException problem) {
        return OneCockpitFormat.error(problem);
    }

    @Override
    public synchronized void reset() {
        context.state = new OneCockpitState(seedKey, initialRequestsPerSecond);
    }

    @Override
    public Set<String> collections() {
        return Set.of("customers", "invoices");
    }

    @Override
    public synchronized List<JsonNode> snapshot(String collection) {
        Store store = "customers".equals(collection)
                ? context.state.customers
                : "invoices".equals(collection) ? context.state.invoices : null;
        if (store == null) {
            throw new IllegalArgumentException("unknown collection " + collection + "; known: " + collections());
        }
        List<JsonNode> copies = new ArrayList<>();
        store.all().forEach(row -> copies.add(row.deepCopy()));
        return copies;
    }

    public synchronized void addApiKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("API key must not be blank");
        }
        context.state.apiKeys.add(apiKey);
    }

    public synchronized void revokeApiKey(String apiKey) {
        context.state.apiKeys.remove(apiKey);
    }

    public synchronized void setRequestsPerSecond(int requestsPerSecond) {
        context.state.requestsPerSecond = checkRate(requestsPerSecond);
    }

    /** Seeds an invoice pushed by another tool, so the next push of this number from us gets 409. */
    public synchronized void addForeignInvoice(
            String invoiceNumber, String source, String customerEmail, String amount) {
        if (invoiceNumber == null || invoiceNumber.isBlank() || source == null || source.isBlank()) {
            throw new IllegalArgumentException("invoice number and source must not be blank");
        }
        String email = Objects.requireNonNullElse(customerEmail, "foreign@sandbox.test");
        ObjectNode input = Json.object().put("email", email);
        ObjectNode customer = customers.upsert(input);
        ObjectNode fields = OneCockpitInvoices.validated(Json.object().put("amount", amount));
        invoices.store(context.state.invoicesByNumber.get(invoiceNumber), invoiceNumber, source, customer, fields);
    }

    private static int checkRate(int requestsPerSecond) {
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requests per second must be at least 1: " + requestsPerSecond);
        }
        return requestsPerSecond;
    }
}
