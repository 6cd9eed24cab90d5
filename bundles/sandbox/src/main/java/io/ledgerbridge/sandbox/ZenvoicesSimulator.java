package io.ledgerbridge.sandbox;

import io.ledgerbridge.sandbox.internal.control.ControlPanel;
import io.ledgerbridge.sandbox.internal.control.ControlRoutes;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimHttpServer;
import io.ledgerbridge.sandbox.internal.state.CreateCounter;
import io.ledgerbridge.sandbox.internal.zenvoices.ZenvoicesApi;
import io.ledgerbridge.sandbox.internal.zenvoices.ZenvoicesControlRoutes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * A Zenvoices simulator (ASP.NET Boilerplate): {@code POST /api/TokenAuth/TokenLogin}, bearer tokens with
 * expiry, per-user permissions, administrations and the inbox. The inbox upload
 * ({@code POST /public-api/v1/inbox}) is an ASSUMED contract; the rest follows the public catalogue.
 * Seeded with organisation {@link #SANDBOX_TENANCY}, user {@link #SANDBOX_USER} / {@link #SANDBOX_PASSWORD}
 * holding all permissions, and administrations {@code ACME} and {@code BETA}.
 */
public final class ZenvoicesSimulator implements Simulator {

    /** The seeded organisation code (tenancyName). */
    public static final String SANDBOX_TENANCY = "SANDBOX";
    /** The seeded API user. */
    public static final String SANDBOX_USER = "api@sandbox.test";
    /** The seeded user's password. */
    public static final String SANDBOX_PASSWORD = "sandbox";
    /** Create-count kind: inbox uploads per externalId (repeats return the existing item and do not count). */
    public static final String EXTERNAL_ID = ZenvoicesApi.KIND_EXTERNAL_ID;

    private final ZenvoicesApi api;
    private final ControlPanel control;
    private final SimHttpServer server;

    private ZenvoicesSimulator(Builder builder) {
        CreateCounter creates = new CreateCounter();
        this.api = new ZenvoicesApi(builder.clock(), creates, builder.tokenExpiry, builder.uploadPath);
        this.control = new ControlPanel(creates, api);
        Router controlRoutes = ControlRoutes.commonRoutes(control);
        ZenvoicesControlRoutes.register(controlRoutes, api);
        this.server = new SimHttpServer(
                "zenvoices",
                builder.host(),
                builder.port(),
                builder.threads(),
                builder.clock(),
                api,
                control,
                controlRoutes);
    }

    /**
     * Starts a simulator on 127.0.0.1 whose tokens last one day, as the real ones do.
     *
     * @param port the port, 0 for a free one
     * @return the running simulator
     */
    public static ZenvoicesSimulator start(int port) {
        return builder().port(port).start();
    }

    /** @return a builder for a customised simulator */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the server root; login is {@code /api/TokenAuth/TokenLogin}, the API {@code /public-api/v1/...} */
    @Override
    public String baseUrl() {
        return server.rootUrl();
    }

    @Override
    public String rootUrl() {
        return server.rootUrl();
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public SimulatorControl control() {
        return control;
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * Adds a user (creating the organisation if new) or replaces an existing user's password and permissions.
     *
     * @param tenancyName the organisation code
     * @param user user name or e-mail address
     * @param password the password
     * @param permissions the API permissions granted
     */
    public void addUser(String tenancyName, String user, String password, ZenvoicesPermission... permissions) {
        api.addUser(tenancyName, user, password, toSet(permissions));
    }

    /**
     * Changes a user's permissions; takes effect on the next request, also for issued tokens.
     *
     * @param tenancyName the organisation code
     * @param user the user
     * @param permissions the permissions granted from now on (none to revoke all)
     */
    public void setPermissions(String tenancyName, String user, ZenvoicesPermission... permissions) {
        api.setPermissions(tenancyName, user, toSet(permissions));
    }

    /**
     * @param tenancyName the organisation code
     * @param user the user
     * @param required whether TokenLogin answers with requiresTwoFactorVerification instead of a token
     */
    public void setTwoFactor(String tenancyName, String user, boolean required) {
        api.setTwoFactor(tenancyName, user, required);
    }

    /**
     * Invalidates every token issued to the user; the next call with one gets 401.
     *
     * @param tenancyName the organisation code
     * @param user the user
     */
    public void revokeTokens(String tenancyName, String user) {
        api.revokeTokens(tenancyName, user);
    }

    /**
     * @param tenancyName the organisation code (created if new)
     * @param code the administration code, unique within the organisation
     * @param name the display name
     * @param active the isActive flag
     * @return the new administration's id
     */
    public long addAdministration(String tenancyName, String code, String name, boolean active) {
        return api.addAdministration(tenancyName, code, name, active);
    }

    /** @param expiry the lifetime of tokens issued from now on */
    public void setTokenExpiry(Duration expiry) {
        api.setTokenExpiry(expiry);
    }

    private static EnumSet<ZenvoicesPermission> toSet(ZenvoicesPermission... permissions) {
        EnumSet<ZenvoicesPermission> set = EnumSet.noneOf(ZenvoicesPermission.class);
        set.addAll(List.of(permissions));
        return set;
    }

    /** Options for a Zenvoices simulator. */
    public static final class Builder extends SimulatorBuilder<Builder, ZenvoicesSimulator> {

        private Duration tokenExpiry = Duration.ofDays(1);
        private String uploadPath = ZenvoicesApi.DEFAULT_UPLOAD_PATH;

        private Builder() {}

        /**
         * @param expiry the lifetime of issued tokens, default one day
         * @return this builder
         */
        public Builder tokenExpiry(Duration expiry) {
            if (expiry.isNegative() || expiry.isZero()) {
                throw new IllegalArgumentException("token expiry must be positive: " + expiry);
            }
            this.tokenExpiry = expiry;
            return this;
        }

        /**
         * @param path the (assumed) inbox upload path, default {@code /public-api/v1/inbox}
         * @return this builder
         */
        public Builder inboxUploadPath(String path) {
            Objects.requireNonNull(path, "path");
            if (!path.startsWith("/public-api/")) {
                throw new IllegalArgumentException("the upload path must start with /public-api/: " + path);
            }
            this.uploadPath = path;
            return this;
        }

        @Override
        public ZenvoicesSimulator start() {
            return new ZenvoicesSimulator(this);
        }
    }
}
