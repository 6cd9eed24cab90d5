package io.ledgerbridge.sandbox.internal.launch;

import io.ledgerbridge.sandbox.BillomatSimulator;
import io.ledgerbridge.sandbox.OneCockpitSimulator;
import io.ledgerbridge.sandbox.SevdeskSimulator;
import io.ledgerbridge.sandbox.Simulator;
import io.ledgerbridge.sandbox.SimulatorBuilder;
import io.ledgerbridge.sandbox.ZenvoicesSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The simulators a {@link SandboxConfig} asks for, started one by one: a disabled one (port -1) is skipped, one
 * that cannot start (a taken port) is reported and skipped, the others still start. Shared by the Karaf component
 * and {@link io.ledgerbridge.sandbox.SandboxMain}; no OSGi.
 */
public final class SimulatorSet implements AutoCloseable {

    /** What happened to each simulator, for the log or the console. */
    public interface Report {
        void started(String name, Simulator simulator, String credentials);

        void disabled(String name, int port);

        void failed(String name, int port, RuntimeException cause);
    }

    private final SandboxConfig config;
    private final Report report;
    private final List<Simulator> running = new ArrayList<>();

    private SimulatorSet(SandboxConfig config, Report report) {
        this.config = config;
        this.report = report;
    }

    /** Starts every enabled simulator of the configuration, reporting each one. */
    public static SimulatorSet start(SandboxConfig config, Report report) {
        SimulatorSet set = new SimulatorSet(config, report);
        set.start(
                "sevdesk",
                config.sevdesk_port(),
                () -> SevdeskSimulator.builder().systemVersion(config.sevdesk_systemVersion()),
                "token " + SevdeskSimulator.SANDBOX_TOKEN);
        set.start(
                "Billomat",
                config.billomat_port(),
                () -> BillomatSimulator.builder()
                        .rateLimit(
                                Duration.ofSeconds(config.billomat_windowSeconds()),
                                config.billomat_quota(),
                                config.billomat_appQuota()),
                "Billomat ID " + BillomatSimulator.SANDBOX_ID + ", API key " + BillomatSimulator.SANDBOX_API_KEY);
        set.start(
                "Zenvoices",
                config.zenvoices_port(),
                () -> ZenvoicesSimulator.builder()
                        .tokenExpiry(Duration.ofSeconds(config.zenvoices_tokenExpirySeconds())),
                "organisation "
                        + ZenvoicesSimulator.SANDBOX_TENANCY + ", user " + ZenvoicesSimulator.SANDBOX_USER + " / "
                        + ZenvoicesSimulator.SANDBOX_PASSWORD);
        set.start(
                "OneCockpit (assumed API)",
                config.onecockpit_port(),
                () -> OneCockpitSimulator.builder().requestsPerSecond(config.onecockpit_requestsPerSecond()),
                "user " + OneCockpitSimulator.SANDBOX_USER + " / " + OneCockpitSimulator.SANDBOX_PASSWORD
                        + ", account " + OneCockpitSimulator.SANDBOX_ACCOUNT_NAME + "; API key "
                        + OneCockpitSimulator.SANDBOX_API_KEY);
        return set;
    }

    /** @return the running simulators, in start order */
    public List<Simulator> running() {
        return List.copyOf(running);
    }

    /** Stops every simulator; idempotent. */
    @Override
    public void close() {
        for (Simulator simulator : running) {
            simulator.close();
        }
        running.clear();
    }

    private void start(String name, int port, Supplier<SimulatorBuilder<?, ?>> builder, String credentials) {
        if (port < 0) {
            report.disabled(name, port);
            return;
        }
        try {
            Simulator simulator = builder.get()
                    .host(config.host())
                    .port(port)
                    .threads(config.threads())
                    .start();
            running.add(simulator);
            report.started(name, simulator, credentials);
        } catch (RuntimeException e) {
            report.failed(name, port, e);
        }
    }
}
