package io.ledgerbridge.sandbox.internal.billomat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.ContractCheck;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import io.ledgerbridge.sandbox.internal.http.SimulatedApi;
import io.ledgerbridge.sandbox.internal.state.ControlledState;
import io.ledgerbridge.sandbox.internal.state.CreateCounter;
import io.ledgerbridge.sandbox.internal.state.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Billomat API under {@code /{billomatId}/api/...}: account lookup (unknown ID 404), API key from
 * {@code X-BillomatApiKey} or {@code ?api_key=}, app credentials, fixed-window rate limits with the
 * X-Rate-Limit headers on every answer of a known account, and routing to the resource handlers.
 */
public final class BillomatApi implements SimulatedApi, ControlledState {

    public static final String KIND_INVOICE_NUMBER = BillomatInvoices.KIND_INVOICE_NUMBER;
    public static final String KIND_CLIENT_NUMBER = BillomatClients.KIND_CLIENT_NUMBER;
    public static final String KIND_INBOX_METADATA = BillomatInbox.KIND_INBOX_METADATA;
    private static final Pattern PATH = Pattern.compile("/([^/]+)/api(/.*)?");

    private final Clock clock;
    private final String seedId;
    private final String seedKey;
    private final Map<String, String> seedApps;
    private final BillomatSettings initialSettings;
    private final Router router = new Router();
    private final Map<String, BillomatAccount> accounts = new LinkedHashMap<>();
    private final Map<String, String> apps = new LinkedHashMap<>();
    private final BillomatRateLimiter limiter = new BillomatRateLimiter();
    private BillomatSettings settings;
    private final ContractCheck contract;

    public BillomatApi(
            Clock clock,
            CreateCounter creates,
            BillomatSettings settings,
            String billomatId,
            String apiKey,
            Map<String, String> appSecrets,
            ContractCheck contract) {
        this.clock = clock;
        this.contract = contract;
        this.seedId = billomatId;
        this.seedKey = apiKey;
        this.seedApps = Map.copyOf(appSecrets);
        this.initialSettings = settings;
        new BillomatClients(clock, creates).register(router);
        new BillomatInvoices(clock, creates).register(router);
        new BillomatItems().register(router);
        new BillomatPayments(clock).register(router);
        new BillomatInbox(clock, creates).register(router);
        reset();
    }

    @Override
    public synchronized SimResponse handle(SimRequest request) {
        Matcher path = PATH.matcher(request.path());
        if (!path.matches()) {
            throw ApiException.notFound("Not found: " + request.path());
        }
        BillomatAccount account = accounts.get(path.group(1));
        if (account == null) {
            throw ApiException.notFound("Unknown Billomat ID " + path.group(1));
        }
        String bucket = authenticate(request, account);
        int quota = bucket.endsWith("#unregistered") ? settings.quota() : settings.appQuota();
        BillomatRateLimiter.Decision decision = limiter.acquire(
                bucket, quota, settings.windowSeconds(), clock.instant().getEpochSecond());
        try {
            if (!decision.allowed()) {
                throw new ApiException(
                        429,
                        "Maximum number of requests (" + quota + " per " + windowText() + ") reached. Try again in "
                                + decision.retryAfterSeconds() + " seconds.");
            }
            String rest = path.group(2) == null ? "/" : path.group(2);
            contract.verify(request, rest);
            return withRateHeaders(router.dispatch(request.withAttachment(account), rest), decision);
        } catch (ApiException problem) {
            throw withRateHeaders(problem, decision);
        }
    }

    @Override
    public SimResponse error(SimRequest request, ApiException problem) {
        return BillomatFormat.error(request, problem.status(), problem.getMessage());
    }

    @Override
    public String relativePath(String path) {
        Matcher matcher = PATH.matcher(path);
        return matcher.matches() && matcher.group(2) != null ? matcher.group(2) : path;
    }

    @Override
    public synchronized void reset() {
        accounts.clear();
        accounts.put(seedId, new BillomatAccount(seedId, seedKey, BillomatFormat.timestamp(clock.instant())));
        apps.clear();
        apps.putAll(seedApps);
        limiter.clear();
        settings = initialSettings;
    }

    @Override
    public synchronized Set<String> collections() {
        return accounts.get(seedId) == null
                ? Set.of()
                : accounts.get(seedId).collections().keySet();
    }

    /** Snapshots of the seeded account; {@code <billomatId>/<collection>} for other accounts. */
    @Override
    public synchronized List<JsonNode> snapshot(String collection) {
        int slash = collection.indexOf('/');
        BillomatAccount account = accounts.get(slash < 0 ? seedId : collection.substring(0, slash));
        Store store = account == null ? null : account.collections().get(collection.substring(slash + 1));
        if (store == null) {
            throw new IllegalArgumentException("unknown collection " + collection + "; known: " + collections());
        }
        List<JsonNode> copies = new ArrayList<>();
        store.all().forEach(row -> copies.add(row.deepCopy()));
        return copies;
    }

    public synchronized void addAccount(String billomatId, String apiKey) {
        if (billomatId == null || !billomatId.matches("[A-Za-z0-9-]+") || apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("a Billomat ID is [A-Za-z0-9-]+ and the key must not be blank");
        }
        accounts.computeIfAbsent(
                        billomatId, id -> new BillomatAccount(id, apiKey, BillomatFormat.timestamp(clock.instant())))
                .apiKeys
                .add(apiKey);
    }

    public synchronized void revokeApiKey(String billomatId, String apiKey) {
        BillomatAccount account = accounts.get(billomatId);
        if (account != null) {
            account.apiKeys.remove(apiKey);
        }
    }

    public synchronized void addApp(String appId, String appSecret) {
        if (appId == null || appId.isBlank() || appSecret == null || appSecret.isBlank()) {
            throw new IllegalArgumentException("app id and secret must not be blank");
        }
        apps.put(appId, appSecret);
    }

    public synchronized void setSettings(BillomatSettings value) {
        settings = value;
        limiter.clear();
    }

    public synchronized BillomatSettings settings() {
        return settings;
    }

    /** Checks key and app credentials; returns the rate-limit bucket. 401s carry the current rate headers. */
    private String authenticate(SimRequest request, BillomatAccount account) {
        String key = request.header("X-BillomatApiKey");
        key = key != null ? key : request.query("api_key");
        String unregistered = account.billomatId + "#unregistered";
        long now = clock.instant().getEpochSecond();
        if (key == null || !account.apiKeys.contains(key)) {
            throw withRateHeaders(
                    ApiException.unauthorized("Unauthorized"),
                    limiter.peek(unregistered, settings.quota(), settings.windowSeconds(), now));
        }
        String appId = request.header("X-AppId");
        if (appId == null) {
            return unregistered;
        }
        if (!apps.containsKey(appId) || !apps.get(appId).equals(request.header("X-AppSecret"))) {
            throw withRateHeaders(
                    ApiException.unauthorized("Invalid app credentials (X-AppId/X-AppSecret)"),
                    limiter.peek(unregistered, settings.quota(), settings.windowSeconds(), now));
        }
        return account.billomatId + "#app:" + appId;
    }

    private String windowText() {
        int seconds = settings.windowSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " minutes" : seconds + " seconds";
    }

    private static SimResponse withRateHeaders(SimResponse response, BillomatRateLimiter.Decision decision) {
        return response.withHeader("X-Rate-Limit-Remaining", String.valueOf(decision.remaining()))
                .withHeader("X-Rate-Limit-Reset", String.valueOf(decision.resetEpochSecond()));
    }

    private static ApiException withRateHeaders(ApiException problem, BillomatRateLimiter.Decision decision) {
        return problem.withHeader("X-Rate-Limit-Remaining", String.valueOf(decision.remaining()))
                .withHeader("X-Rate-Limit-Reset", String.valueOf(decision.resetEpochSecond()));
    }
}
