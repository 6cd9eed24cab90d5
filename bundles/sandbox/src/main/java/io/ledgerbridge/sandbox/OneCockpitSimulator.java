package io.ledgerbridge.sandbox;

import io.ledgerbridge.sandbox.internal.control.ControlPanel;
import io.ledgerbridge.sandbox.internal.control.ControlRoutes;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimHttpServer;
import io.ledgerbridge.sandbox.internal.onecockpit.AssumedOneCockpitApi;
import io.ledgerbridge.sandbox.internal.onecockpit.OneCockpitControlRoutes;
import io.ledgerbridge.sandbox.internal.state.CreateCounter;

/**
 * A simulator of an ASSUMED OneCockpit partner API (OneCockpit publishes none): a login (user and password)
 * exchanged for an API token ({@code POST /api/v1/auth/token}), the token in {@code X-Api-Key}, customer
 * upsert by e-mail ({@code POST /api/v1/customers}), invoice upsert by number ({@code POST /api/v1/invoices},
 * status open, paid or cancelled), lookup ({@code GET /api/v1/invoices?invoiceNumber=}), 409 when another source
 * owns the number, 429 with Retry-After past a per-second limit. Seeded with the user {@link #SANDBOX_USER} /
 * {@link #SANDBOX_PASSWORD} and the key {@link #SANDBOX_API_KEY} of the account {@link #SANDBOX_ACCOUNT_NAME}.
 */
public final class OneCockpitSimulator implements Simulator {

    /** The seeded API key. */
    public static final String SANDBOX_API_KEY = "sandbox-key";
    /** The seeded user (the OneCockpit login), case-insensitive. */
    public static final String SANDBOX_USER = "demo@onecockpit.test";
    /** The seeded user's password. */
    public static final String SANDBOX_PASSWORD = "sandbox";
    /** The id of the simulator's one account. */
    public static final String SANDBOX_ACCOUNT_ID = AssumedOneCockpitApi.ACCOUNT_ID;
    /** The name of the simulator's one account. */
    public static final String SANDBOX_ACCOUNT_NAME = AssumedOneCockpitApi.ACCOUNT_NAME;
    /** Where a user and password are exchanged for an API token. */
    public static final String TOKEN_PATH = AssumedOneCockpitApi.TOKEN_PATH;
    /** Create-count kind: invoices per invoiceNumber (upserts of an existing number do not count). */
    public static final String INVOICE_NUMBER = AssumedOneCockpitApi.KIND_INVOICE_NUMBER;
    /** Create-count kind: customers per (lower-cased) e-mail. */
    public static final String CUSTOMER_EMAIL = AssumedOneCockpitApi.KIND_CUSTOMER_EMAIL;

    private final AssumedOneCockpitApi api;
    private final ControlPanel control;
    private final SimHttpServer server;

    private OneCockpitSimulator(Builder builder) {
        CreateCounter creates = new CreateCounter();
        this.api = new AssumedOneCockpitApi(
                builder.clock(), creates, SANDBOX_API_KEY, SANDBOX_USER, SANDBOX_PASSWORD, builder.requestsPerSecond);
        this.control = new ControlPanel(creates, api);
        Router controlRoutes = ControlRoutes.commonRoutes(control);
        OneCockpitControlRoutes.register(controlRoutes, api);
        this.server = new SimHttpServer(
                "onecockpit",
                builder.host(),
                builder.port(),
                builder.threads(),
                builder.clock(),
                api,
                control,
                controlRoutes);
    }

    /**
     * Starts a simulator on 127.0.0.1 allowing 10 requests per second and key.
     *
     * @param port the port, 0 for a free one
     * @return the running simulator
     */
    public static OneCockpitSimulator start(int port) {
        return builder().port(port).start();
    }

    /** @return a builder for a customised simulator */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the server root; the API lives under {@code /api/v1} */
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

    /** @param apiKey another valid key */
    public void addApiKey(String apiKey) {
        api.addApiKey(apiKey);
    }

    /** @param apiKey a key that from now on gets 401 */
    public void revokeApiKey(String apiKey) {
        api.revokeApiKey(apiKey);
    }

    /**
     * Adds a user of the account, or sets a known user's password (tokens already issued stay valid).
     *
     * @param user the login, case-insensitive
     * @param password its password
     */
    public void addUser(String user, String password) {
        api.addUser(user, password);
    }

    /** @param user a known user whose API tokens from now on get 401 (as when the login is revoked in OneCockpit) */
    public void revokeTokens(String user) {
        api.revokeTokens(user);
    }

    /** @param requestsPerSecond the per-key limit; more requests in the same second get 429 */
    public void setRequestsPerSecond(int requestsPerSecond) {
        api.setRequestsPerSecond(requestsPerSecond);
    }

    /**
     * Seeds an invoice that another invoicing tool pushed, so pushing the same number gets 409.
     *
     * @param invoiceNumber the number
     * @param source the other tool, e.g. {@code sevdesk}
     */
    public void addForeignInvoice(String invoiceNumber, String source) {
        api.addForeignInvoice(invoiceNumber, source, null, "0");
    }

    /** Options for a OneCockpit simulator. */
    public static final class Builder extends SimulatorBuilder<Builder, OneCockpitSimulator> {

        private int requestsPerSecond = 10;

        private Builder() {}

        /**
         * @param value requests per second and key before 429, default 10
         * @return this builder
         */
        public Builder requestsPerSecond(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("requests per second must be at least 1: " + value);
            }
            this.requestsPerSecond = value;
            return this;
        }

        @Override
        public OneCockpitSimulator start() {
            return new OneCockpitSimulator(this);
        }
    }
}
