package io.ledgerbridge.sandbox.internal.sevdesk;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.ContractCheck;
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
import java.util.Set;

/**
 * The sevdesk API under {@code /api/v1}: raw-token authentication (no Bearer, no {@code ?token=}), the optional
 * "plan lacks API" and blocked-token modes, routing to the resource handlers, and sevdesk's error body.
 */
public final class SevdeskApi implements SimulatedApi, ControlledState {

    public static final String BASE_PATH = "/api/v1";
    public static final String KIND_INVOICE_NUMBER = SevdeskContext.KIND_INVOICE_NUMBER;
    public static final String KIND_CUSTOMER_NUMBER = SevdeskContext.KIND_CUSTOMER_NUMBER;
    public static final String KIND_VOUCHER_DESCRIPTION = SevdeskContext.KIND_VOUCHER_DESCRIPTION;

    private final String initialVersion;
    private final String initialToken;
    private final SevdeskContext context;
    private final Router router = new Router();

    private final ContractCheck contract;

    public SevdeskApi(Clock clock, CreateCounter creates, String systemVersion, String token, ContractCheck contract) {
        this.contract = contract;
        this.initialVersion = checkVersion(systemVersion);
        this.initialToken = checkToken(token);
        this.context = new SevdeskContext(clock, creates, new SevdeskState(systemVersion, token));
        new SevdeskContacts(context).register(router);
        new SevdeskContactDetails(context).register(router);
        SevdeskInvoices invoices = new SevdeskInvoices(context);
        invoices.register(router);
        new SevdeskInvoiceActions(context, invoices).register(router);
        new SevdeskVouchers(context).register(router);
        registerReferenceData();
    }

    @Override
    public synchronized SimResponse handle(SimRequest request) {
        if (!request.path().equals(BASE_PATH) && !request.path().startsWith(BASE_PATH + "/")) {
            throw ApiException.notFound("Not found: " + request.path());
        }
        String token = request.header("Authorization");
        if (token == null || !context.state.tokens.contains(token.trim())) {
            throw ApiException.unauthorized("Authentication required");
        }
        if (context.state.blockedTokens.contains(token.trim())) {
            throw ApiException.unauthorized("Authentication required: this API token has been blocked");
        }
        if (context.state.planLacksApi) {
            throw ApiException.forbidden("Your current sevdesk plan does not include API access");
        }
        contract.verify(request, relativePath(request.path()));
        return router.dispatch(request, relativePath(request.path()));
    }

    @Override
    public SimResponse error(SimRequest request, ApiException problem) {
        return SevdeskFormat.error(problem.status(), problem.getMessage());
    }

    @Override
    public String relativePath(String path) {
        return path.startsWith(BASE_PATH) ? path.substring(BASE_PATH.length()) : path;
    }

    @Override
    public synchronized void reset() {
        context.state = new SevdeskState(initialVersion, initialToken);
    }

    @Override
    public Set<String> collections() {
        return context.state.collections().keySet();
    }

    @Override
    public synchronized List<JsonNode> snapshot(String collection) {
        Store store = context.state.collections().get(collection);
        if (store == null) {
            throw new IllegalArgumentException("unknown collection " + collection + "; known: " + collections());
        }
        List<JsonNode> copies = new ArrayList<>();
        store.all().forEach(row -> copies.add(row.deepCopy()));
        return copies;
    }

    public synchronized void addToken(String token) {
        context.state.tokens.add(checkToken(token));
        context.state.blockedTokens.remove(token);
    }

    public synchronized void revokeToken(String token) {
        context.state.tokens.remove(token);
    }

    public synchronized void blockToken(String token) {
        context.state.blockedTokens.add(token);
    }

    public synchronized void setSystemVersion(String version) {
        context.state.systemVersion = checkVersion(version);
    }

    public synchronized String systemVersion() {
        return context.state.systemVersion;
    }

    public synchronized void setPlanLacksApi(boolean lacksApi) {
        context.state.planLacksApi = lacksApi;
    }

    private void registerReferenceData() {
        router.on(
                        "GET",
                        "/Tools/bookkeepingSystemVersion",
                        request ->
                                SevdeskFormat.objects(200, Json.object().put("version", context.state.systemVersion)))
                .on(
                        "GET",
                        "/SevUser",
                        request -> SevdeskFormat.list(request, List.of(SevdeskReference.sevUser(context.now()))))
                .on("GET", "/StaticCountry", request -> SevdeskFormat.list(request, SevdeskReference.countries()))
                .on(
                        "GET",
                        "/CheckAccount",
                        request -> SevdeskFormat.list(request, List.of(SevdeskReference.checkAccount(context.now()))))
                .on(
                        "GET",
                        "/CommunicationWayKey",
                        request -> SevdeskFormat.list(request, SevdeskReference.communicationWayKeys()));
    }

    static String checkVersion(String version) {
        if (!"1.0".equals(version) && !"2.0".equals(version)) {
            throw new IllegalArgumentException("sevdesk system version must be 1.0 or 2.0: " + version);
        }
        return version;
    }

    static String checkToken(String token) {
        if (token == null || !token.matches("[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("a sevdesk API token is 32 hex characters: " + token);
        }
        return token;
    }
}
