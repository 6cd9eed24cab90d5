package io.ledgerbridge.sandbox;

import io.ledgerbridge.sandbox.internal.billomat.BillomatApi;
import io.ledgerbridge.sandbox.internal.billomat.BillomatControlRoutes;
import io.ledgerbridge.sandbox.internal.billomat.BillomatSettings;
import io.ledgerbridge.sandbox.internal.control.ControlPanel;
import io.ledgerbridge.sandbox.internal.control.ControlRoutes;
import io.ledgerbridge.sandbox.internal.http.ContractCheck;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimHttpServer;
import io.ledgerbridge.sandbox.internal.state.CreateCounter;
import java.time.Duration;
import java.util.Map;

/**
 * A Billomat API simulator: accounts routed by path prefix {@code <root>/{billomatId}/api}, key in
 * {@code X-BillomatApiKey} (or {@code ?api_key=}), JSON on {@code Accept: application/json} or
 * {@code format=json} (XML otherwise), fixed-window rate limits. Seeded with {@link #SANDBOX_ID} and
 * {@link #SANDBOX_API_KEY}; {@link #SANDBOX_APP_ID}/{@link #SANDBOX_APP_SECRET} is a registered app.
 */
public final class BillomatSimulator implements Simulator {

    /** The seeded Billomat ID. */
    public static final String SANDBOX_ID = "sandbox";
    /** The seeded API key of {@link #SANDBOX_ID}. */
    public static final String SANDBOX_API_KEY = "sandbox-api-key";
    /** A registered app (X-AppId) with the higher quota. */
    public static final String SANDBOX_APP_ID = "sandbox-app";
    /** The secret (X-AppSecret) of {@link #SANDBOX_APP_ID}. */
    public static final String SANDBOX_APP_SECRET = "sandbox-app-secret";
    /** Create-count kind: invoices per intended number (number_pre + number) sent on create. */
    public static final String INVOICE_NUMBER = BillomatApi.KIND_INVOICE_NUMBER;
    /** Create-count kind: clients per client_number. */
    public static final String CLIENT_NUMBER = BillomatApi.KIND_CLIENT_NUMBER;
    /** Create-count kind: inbox documents per metadata (sorted {@code key=value} pairs joined by {@code &}). */
    public static final String INBOX_METADATA = BillomatApi.KIND_INBOX_METADATA;

    private final BillomatApi api;
    private final ControlPanel control;
    private final SimHttpServer server;

    private BillomatSimulator(Builder builder) {
        CreateCounter creates = new CreateCounter();
        this.api = new BillomatApi(
                builder.clock(),
                creates,
                builder.settings,
                SANDBOX_ID,
                SANDBOX_API_KEY,
                Map.of(SANDBOX_APP_ID, SANDBOX_APP_SECRET),
                new ContractCheck(builder.contract("billomat")));
        this.control = new ControlPanel(creates, api);
        Router controlRoutes = ControlRoutes.commonRoutes(control);
        BillomatControlRoutes.register(controlRoutes, api);
        this.server = new SimHttpServer(
                "billomat",
                builder.host(),
                builder.port(),
                builder.threads(),
                builder.clock(),
                api,
                control,
                controlRoutes);
    }

    /**
     * Starts a simulator on 127.0.0.1 with the real limits (300 requests per 15 minutes, 1000 for apps).
     *
     * @param port the port, 0 for a free one
     * @return the running simulator
     */
    public static BillomatSimulator start(int port) {
        return builder().port(port).start();
    }

    /** @return a builder for a customised simulator */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the API base of the seeded account, {@code <root>/sandbox/api} */
    @Override
    public String baseUrl() {
        return baseUrl(SANDBOX_ID);
    }

    /**
     * @param billomatId an account's Billomat ID
     * @return that account's API base, {@code <root>/{billomatId}/api}
     */
    public String baseUrl(String billomatId) {
        return server.rootUrl() + "/" + billomatId + "/api";
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
     * Adds an account, or another key to an existing one.
     *
     * @param billomatId letters, digits and dashes
     * @param apiKey the key for {@code X-BillomatApiKey}
     */
    public void addAccount(String billomatId, String apiKey) {
        api.addAccount(billomatId, apiKey);
    }

    /**
     * @param billomatId the account
     * @param apiKey a key that from now on gets 401
     */
    public void revokeApiKey(String billomatId, String apiKey) {
        api.revokeApiKey(billomatId, apiKey);
    }

    /**
     * @param appId a registered app's X-AppId
     * @param appSecret its X-AppSecret
     */
    public void addApp(String appId, String appSecret) {
        api.addApp(appId, appSecret);
    }

    /**
     * Changes the rate limit and starts counting afresh.
     *
     * @param window the fixed window length (whole seconds)
     * @param quota requests per window without app credentials
     * @param appQuota requests per window with valid X-AppId/X-AppSecret
     */
    public void setRateLimit(Duration window, int quota, int appQuota) {
        api.setSettings(new BillomatSettings((int) window.toSeconds(), quota, appQuota));
    }

    /** Options for a Billomat simulator. */
    public static final class Builder extends SimulatorBuilder<Builder, BillomatSimulator> {

        private BillomatSettings settings = BillomatSettings.DEFAULT;

        private Builder() {}

        /**
         * @param window the fixed window length, default 15 minutes (whole seconds, at least 1)
         * @param quota requests per window without app credentials, default 300
         * @param appQuota requests per window with app credentials, default 1000
         * @return this builder
         */
        public Builder rateLimit(Duration window, int quota, int appQuota) {
            this.settings = new BillomatSettings((int) window.toSeconds(), quota, appQuota);
            return this;
        }

        @Override
        public BillomatSimulator start() {
            return new BillomatSimulator(this);
        }
    }
}
