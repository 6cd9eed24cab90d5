package io.ledgerbridge.sandbox.internal.zenvoices;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@code POST /api/TokenAuth/TokenLogin} with {@code {userNameOrEmailAddress,password,tenancyName}}. As in ABP,
 * a failed login is a UserFriendlyException: HTTP 500, {@code success:false}, message "Login failed!"; a locked-out
 * user is refused even with the right password until the lockout ends.
 */
final class ZenvoicesAuth {

    static final String LOGIN_PATH = "/api/TokenAuth/TokenLogin";
    static final String LOGIN_FAILED = "Login failed!";
    static final String INVALID_CREDENTIALS = "Invalid user name or password";
    /** ABP Zero's UserLockedOutMessage. */
    static final String LOCKED_OUT = "The user account has been locked out. Please try again later.";

    private static final long REFRESH_TOKEN_SECONDS = 31_536_000;

    private final ZenvoicesContext context;

    ZenvoicesAuth(ZenvoicesContext context) {
        this.context = context;
    }

    void register(Router router) {
        router.on("POST", LOGIN_PATH, this::login);
    }

    private SimResponse login(SimRequest request) {
        ObjectNode body = Json.parseObject(request.body());
        String userName = Json.nonBlank(body, "userNameOrEmailAddress");
        String password = Json.text(body, "password");
        String tenancy = Json.nonBlank(body, "tenancyName");
        requireFields(userName, password, tenancy);
        ZenvoicesTenant tenant = context.state.findTenant(tenancy);
        if (tenant == null) {
            throw Abp.userFriendly(LOGIN_FAILED, "There is no tenant defined with name " + tenancy);
        }
        ZenvoicesTenant.User user = tenant.user(userName);
        if (user == null) {
            throw Abp.userFriendly(LOGIN_FAILED, INVALID_CREDENTIALS);
        }
        Instant now = context.clock.instant();
        if (user.lockedOut(now)) {
            throw Abp.userFriendly(LOGIN_FAILED, LOCKED_OUT);
        }
        if (!user.password.equals(password)) {
            throw Abp.userFriendly(LOGIN_FAILED, user.loginFailed(now) ? LOCKED_OUT : INVALID_CREDENTIALS);
        }
        user.loginSucceeded();
        return Abp.success(user.twoFactor ? twoFactorResult(user) : tokenResult(tenant, user));
    }

    private ObjectNode tokenResult(ZenvoicesTenant tenant, ZenvoicesTenant.User user) {
        Instant now = context.clock.instant();
        long seconds = context.state.tokenExpiry.toSeconds();
        String token = context.state.sessions.issue(tenant.code, user.name, now.plus(context.state.tokenExpiry));
        String refresh = context.state.sessions.issue(
                tenant.code + "#refresh", user.name, now.plusSeconds(REFRESH_TOKEN_SECONDS));
        return Json.object()
                .put("accessToken", token)
                .put("encryptedAccessToken", Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)))
                .put("expireInSeconds", seconds)
                .put("shouldResetPassword", false)
                .putNull("passwordResetCode")
                .put("userId", user.id)
                .put("requiresTwoFactorVerification", false)
                .putNull("twoFactorAuthProviders")
                .putNull("twoFactorRememberClientToken")
                .putNull("returnUrl")
                .put("refreshToken", refresh)
                .put("refreshTokenExpireInSeconds", REFRESH_TOKEN_SECONDS);
    }

    private static ObjectNode twoFactorResult(ZenvoicesTenant.User user) {
        ObjectNode result = Json.object()
                .putNull("accessToken")
                .putNull("encryptedAccessToken")
                .put("expireInSeconds", 0)
                .put("userId", user.id)
                .put("requiresTwoFactorVerification", true);
        result.set("twoFactorAuthProviders", Json.array().add("Email"));
        return result;
    }

    private static void requireFields(String userName, String password, String tenancy) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        if (userName == null) {
            errors.add(new ApiException.FieldError(
                    "userNameOrEmailAddress", "The UserNameOrEmailAddress field is required."));
        }
        if (password == null || password.isEmpty()) {
            errors.add(new ApiException.FieldError("password", "The Password field is required."));
        }
        if (tenancy == null) {
            errors.add(new ApiException.FieldError("tenancyName", "The TenancyName field is required."));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "Your request is not valid!", errors);
        }
    }
}
