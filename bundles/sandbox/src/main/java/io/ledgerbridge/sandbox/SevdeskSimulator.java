package io.ledgerbridge.sandbox;

import io.ledgerbridge.sandbox.internal.control.ControlPanel;
import io.ledgerbridge.sandbox.internal.control.ControlRoutes;
import io.ledgerbridge.sandbox.internal.http.ContractCheck;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimHttpServer;
import io.ledgerbridge.sandbox.internal.sevdesk.SevdeskApi;
import io.ledgerbridge.sandbox.internal.sevdesk.SevdeskControlRoutes;
import io.ledgerbridge.sandbox.internal.state.CreateCounter;

/**
 * A sevdesk API v1 simulator: base URL {@code <root>/api/v1}, raw 32-hex token in the {@code Authorization}
 * header, the {@code objects} envelope, Update 1.0/2.0 invoice rules. Seeded with {@link #SANDBOX_TOKEN}.
 *
 * <pre>{@code
 * try (SevdeskSimulator sevdesk = SevdeskSimulator.start(0)) {
 *     connectorConfig.put("baseUrl", sevdesk.baseUrl());
 *     connectorConfig.put("token", SevdeskSimulator.SANDBOX_TOKEN);
 *     ...
 *     assertTrue(sevdesk.control().duplicates().isEmpty());
 * }
 * }</pre>
 */
public final class SevdeskSimulator implements Simulator {

    /** The seeded API token. */
    public static final String SANDBOX_TOKEN = "0123456789abcdef0123456789abcdef";
    /** Create-count kind: invoices per {@code invoiceNumber}. */
    public static final String INVOICE_NUMBER = SevdeskApi.KIND_INVOICE_NUMBER;
    /** Create-count kind: contacts per {@code customerNumber}. */
    public static final String CUSTOMER_NUMBER = SevdeskApi.KIND_CUSTOMER_NUMBER;
    /** Create-count kind: vouchers per {@code description} (the receipt number). */
    public static final String VOUCHER_DESCRIPTION = SevdeskApi.KIND_VOUCHER_DESCRIPTION;

    private final SevdeskApi api;
    private final ControlPanel control;
    private final SimHttpServer server;

    private SevdeskSimulator(Builder builder) {
        CreateCounter creates = new CreateCounter();
        this.api = new SevdeskApi(
                builder.clock(),
                creates,
                builder.systemVersion,
                SANDBOX_TOKEN,
                new ContractCheck(builder.contract("sevdesk")));
        this.control = new ControlPanel(creates, api);
        Router controlRoutes = ControlRoutes.commonRoutes(control);
        SevdeskControlRoutes.register(controlRoutes, api);
        this.server = new SimHttpServer(
                "sevdesk",
                builder.host(),
                builder.port(),
                builder.threads(),
                builder.clock(),
                api,
                control,
                controlRoutes);
    }

    /**
     * Starts a simulator on 127.0.0.1 with bookkeeping system version 2.0.
     *
     * @param port the port, 0 for a free one
     * @return the running simulator
     */
    public static SevdeskSimulator start(int port) {
        return builder().port(port).start();
    }

    /** @return a builder for a customised simulator */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String baseUrl() {
        return server.rootUrl() + SevdeskApi.BASE_PATH;
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
     * @param token another valid token (32 hex characters)
     * @throws IllegalArgumentException for a malformed token
     */
    public void addToken(String token) {
        api.addToken(token);
    }

    /** @param token a token that from now on gets 401 */
    public void revokeToken(String token) {
        api.revokeToken(token);
    }

    /** @param token a token sevdesk has blocked (after too many failing requests): 401 with a hint */
    public void blockToken(String token) {
        api.blockToken(token);
    }

    /** @param version "1.0" (taxType) or "2.0" (taxRule, drafts only) */
    public void setSystemVersion(String version) {
        api.setSystemVersion(version);
    }

    /** @param lacksApi true to answer every API call with 403, as for an account without API access */
    public void setPlanLacksApi(boolean lacksApi) {
        api.setPlanLacksApi(lacksApi);
    }

    /** Options for a sevdesk simulator. */
    public static final class Builder extends SimulatorBuilder<Builder, SevdeskSimulator> {

        private String systemVersion = "2.0";

        private Builder() {}

        /**
         * @param version the bookkeeping system version, "1.0" or "2.0" (default)
         * @return this builder
         */
        public Builder systemVersion(String version) {
            if (!"1.0".equals(version) && !"2.0".equals(version)) {
                throw new IllegalArgumentException("system version must be 1.0 or 2.0: " + version);
            }
            this.systemVersion = version;
            return this;
        }

        @Override
        public SevdeskSimulator start() {
            return new SevdeskSimulator(this);
        }
    }
}
