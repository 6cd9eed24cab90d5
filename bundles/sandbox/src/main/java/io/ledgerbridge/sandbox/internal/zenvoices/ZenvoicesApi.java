package io.ledgerbridge.sandbox.internal.zenvoices;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.sandbox.ZenvoicesPermission;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import io.ledgerbridge.sandbox.internal.http.SimulatedApi;
import io.ledgerbridge.sandbox.internal.state.ControlledState;
import io.ledgerbridge.sandbox.internal.state.CreateCounter;
import io.ledgerbridge.sandbox.internal.state.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Zenvoices API: token login, bearer tokens with expiry for {@code /public-api/...}, per-user permissions,
 * and the ABP envelope on every answer. The inbox upload is an assumed contract ({@link AssumedInboxUpload}).
 */
public final class ZenvoicesApi implements SimulatedApi, ControlledState {

    public static final String KIND_EXTERNAL_ID = ZenvoicesContext.KIND_EXTERNAL_ID;
    public static final String DEFAULT_UPLOAD_PATH = AssumedInboxUpload.DEFAULT_PATH;

    private final Duration initialExpiry;
    private final ZenvoicesContext context;
    private final Router router = new Router();

    public ZenvoicesApi(Clock clock, CreateCounter creates, Duration tokenExpiry, String uploadPath) {
        this.initialExpiry = tokenExpiry;
        this.context = new ZenvoicesContext(clock, creates, new ZenvoicesState(tokenExpiry));
        new ZenvoicesAuth(context).register(router);
        new ZenvoicesAdministrations(context).register(router);
        new ZenvoicesInbox(context).register(router);
        new AssumedInboxUpload(context, uploadPath).register(router);
    }

    @Override
    public synchronized SimResponse handle(SimRequest request) {
        if (request.path().equals(ZenvoicesAuth.LOGIN_PATH)) {
            return router.dispatch(request, request.path());
        }
        if (!request.path().startsWith("/public-api/")) {
            throw ApiException.notFound("Not found: " + request.path());
        }
        String authorization = request.header("Authorization");
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim()
                : null;
        ZenvoicesSessions.Session session = context.state.sessions.find(token, context.clock.instant());
        if (session == null) {
            throw ApiException.unauthorized(Abp.NOT_LOGGED_IN);
        }
        return router.dispatch(request.withAttachment(session), request.path());
    }

    @Override
    public SimResponse error(SimRequest request, ApiException problem) {
        return Abp.error(problem);
    }

    @Override
    public synchronized void reset() {
        context.state = new ZenvoicesState(initialExpiry);
    }

    @Override
    public synchronized Set<String> collections() {
        Set<String> names = new LinkedHashSet<>();
        context.state.tenants.keySet().forEach(code -> {
            names.add(code + "/administrations");
            names.add(code + "/inbox");
        });
        return names;
    }

    /** {@code <TENANT>/administrations} or {@code <TENANT>/inbox}, e.g. {@code SANDBOX/inbox}. */
    @Override
    public synchronized List<JsonNode> snapshot(String collection) {
        int slash = collection.indexOf('/');
        ZenvoicesTenant tenant = slash < 0 ? null : context.state.findTenant(collection.substring(0, slash));
        String name = slash < 0 ? "" : collection.substring(slash + 1);
        Store store = tenant == null
                ? null
                : "administrations".equals(name) ? tenant.administrations : "inbox".equals(name) ? tenant.inbox : null;
        if (store == null) {
            throw new IllegalArgumentException("unknown collection " + collection + "; known: " + collections());
        }
        List<JsonNode> copies = new ArrayList<>();
        store.all().forEach(row -> copies.add(row.deepCopy()));
        return copies;
    }

    public synchronized void addUser(
            String tenancyName, String user, String password, Set<ZenvoicesPermission> permissions) {
        if (blank(tenancyName) || blank(user) || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("tenancy name, user and password must not be empty");
        }
        context.state.addUser(tenancyName, user, password, permissions);
    }

    public synchronized void setPermissions(String tenancyName, String user, Set<ZenvoicesPermission> permissions) {
        existingUser(tenancyName, user).permissions = permissions.isEmpty()
                ? java.util.EnumSet.noneOf(ZenvoicesPermission.class)
                : java.util.EnumSet.copyOf(permissions);
    }

    public synchronized void setTwoFactor(String tenancyName, String user, boolean required) {
        existingUser(tenancyName, user).twoFactor = required;
    }

    public synchronized void revokeTokens(String tenancyName, String user) {
        context.state.sessions.revoke(existingTenant(tenancyName).code, user);
    }

    public synchronized long addAdministration(String tenancyName, String code, String name, boolean active) {
        if (blank(tenancyName) || blank(code)) {
            throw new IllegalArgumentException("tenancy name and administration code must not be empty");
        }
        return context.state
                .tenant(tenancyName)
                .addAdministration(code, name == null ? code : name, active)
                .path("id")
                .asLong();
    }

    public synchronized void setTokenExpiry(Duration expiry) {
        if (expiry.isNegative() || expiry.isZero()) {
            throw new IllegalArgumentException("token expiry must be positive: " + expiry);
        }
        context.state.tokenExpiry = expiry;
    }

    private ZenvoicesTenant.User existingUser(String tenancyName, String user) {
        ZenvoicesTenant.User found = existingTenant(tenancyName).user(user);
        if (found == null) {
            throw new IllegalArgumentException("no user " + user + " in tenant " + tenancyName);
        }
        return found;
    }

    private ZenvoicesTenant existingTenant(String tenancyName) {
        ZenvoicesTenant tenant = context.state.findTenant(tenancyName);
        if (tenant == null) {
            throw new IllegalArgumentException("no tenant " + tenancyName);
        }
        return tenant;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
