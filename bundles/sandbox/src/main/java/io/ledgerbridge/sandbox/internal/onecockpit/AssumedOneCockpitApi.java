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
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * ASSUMED CONTRACT - OneCockpit publishes no API; this is our own minimal partner API: a login exchanged for an
 * API token ({@link OneCockpitAuth}), the token or a key in {@code X-Api-Key}, customer upsert by e-mail, invoice
 * upsert by number, 409 across sources, 429 with Retry-After per second.
 */
public final class AssumedOneCockpitApi implements SimulatedApi, ControlledState {

    public static final String KIND_INVOICE_NUMBER = OneCockpitInvoices.KIND_INVOICE_NUMBER;
    public static final String KIND_CUSTOMER_EMAIL = OneCockpitCustomers.KIND_CUSTOMER_EMAIL;
    public static final String ACCOUNT_ID = OneCockpitState.ACCOUNT_ID;
    public static final String ACCOUNT_NAME = OneCockpitState.ACCOUNT_NAME;
    public static final String TOKEN_PATH = OneCockpitAuth.TOKEN_PATH;

    private final String seedKey;
    private final String seedUser;
    private final String seedPassword;
    private final int initialRequestsPerSecond;
    private final OneCockpitContext context;
    private final OneCockpitCustomers customers;
    private final OneCockpitInvoices invoices;
    private final Router router = new Router();
    private final Router publicRoutes = new Router();

    /** A simulator seeded with one API key and one user (user name and password) of its one account. */
    public AssumedOneCockpitApi(
            Clock clock, CreateCounter creates, String apiKey, String user, String password, int requestsPerSecond) {
        this.seedKey = apiKey;
        this.seedUser = login(user);
        this.seedPassword = password;
        this.initialRequestsPerSecond = checkRate(requestsPerSecond);
        this.context = new OneCockpitContext(clock, creates, freshState());
        this.customers = new OneCockpitCustomers(context);
        this.invoices = new OneCockpitInvoices(context, customers);
        new OneCockpitAuth(context).register(publicRoutes, router);
        customers.register(router);
        invoices.register(router);
    }

    @Override
    public synchronized SimResponse handle(SimRequest request) {
        if (!request.path().startsWith("/api/v1/")) {
            throw ApiException.notFound("Not found: " + request.path());
        }
        if (OneCockpitAuth.TOKEN_PATH.equals(request.path())) {
            return publicRoutes.dispatch(request, request.path());
        }
        String key = request.header("X-Api-Key");
        if (!context.state.validKey(key)) {
            throw ApiException.unauthorized("Missing, invalid or revoked API token (X-Api-Key)");
        }
        if (!context.state.admit(key, context.clock.instant().getEpochSecond())) {
            throw OneCockpitState.rateLimited(context.state.requestsPerSecond);
        }
        return router.dispatch(request, request.path());
    }

    @Override
    public SimResponse error(SimRequest request, ApiException problem) {
        return OneCockpitFormat.error(problem);
    }

    @Override
    public synchronized void reset() {
        context.state = freshState();
    }

    private OneCockpitState freshState() {
        return new OneCockpitState(seedKey, seedUser, seedPassword, initialRequestsPerSecond);
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

    /** Adds a user of the account, or gives a known one a new password (its tokens stay valid). */
    public synchronized void addUser(String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("user and password must not be blank");
        }
        context.state.users.put(login(user), password);
    }

    /** Revokes every API token issued to the user: the next call with one of them gets 401. */
    public synchronized void revokeTokens(String user) {
        if (user == null || !context.state.users.containsKey(login(user))) {
            throw new IllegalArgumentException("no such user: " + user);
        }
        context.state.revokeTokens(login(user));
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

    private static String login(String user) {
        return user == null ? null : user.strip().toLowerCase(Locale.ROOT);
    }

    private static int checkRate(int requestsPerSecond) {
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requests per second must be at least 1: " + requestsPerSecond);
        }
        return requestsPerSecond;
    }
}
