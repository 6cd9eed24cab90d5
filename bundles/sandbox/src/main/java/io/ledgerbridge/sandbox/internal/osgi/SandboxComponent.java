package io.ledgerbridge.sandbox.internal.osgi;

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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the four simulators in Karaf from the {@code io.ledgerbridge.sandbox} configuration (defaults without
 * one) and logs the base URL and credentials to put into each connector. A port that is taken is logged and
 * skipped; the other simulators still start. A configuration change restarts all of them.
 */
@Component(name = SandboxComponent.PID, configurationPid = SandboxComponent.PID, immediate = true)
@Designate(ocd = SandboxConfig.class)
public final class SandboxComponent {

    static final String PID = "io.ledgerbridge.sandbox";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxComponent.class);

    private final SandboxConfig config;
    private final List<Simulator> running = new ArrayList<>();

    @Activate
    public SandboxComponent(SandboxConfig config) {
        this.config = config;
        start(
                "sevdesk",
                config.sevdesk_port(),
                () -> SevdeskSimulator.builder().systemVersion(config.sevdesk_systemVersion()),
                "token " + SevdeskSimulator.SANDBOX_TOKEN);
        start(
                "Billomat",
                config.billomat_port(),
                () -> BillomatSimulator.builder()
                        .rateLimit(
                                Duration.ofSeconds(config.billomat_windowSeconds()),
                                config.billomat_quota(),
                                config.billomat_appQuota()),
                "Billomat ID " + BillomatSimulator.SANDBOX_ID + ", API key " + BillomatSimulator.SANDBOX_API_KEY);
        start(
                "Zenvoices",
                config.zenvoices_port(),
                () -> ZenvoicesSimulator.builder()
                        .tokenExpiry(Duration.ofSeconds(config.zenvoices_tokenExpirySeconds())),
                "organisation "
                        + ZenvoicesSimulator.SANDBOX_TENANCY + ", user " + ZenvoicesSimulator.SANDBOX_USER + " / "
                        + ZenvoicesSimulator.SANDBOX_PASSWORD);
        start(
                "OneCockpit (assumed API)",
                config.onecockpit_port(),
                () -> OneCockpitSimulator.builder().requestsPerSecond(config.onecockpit_requestsPerSecond()),
                "user " + OneCockpitSimulator.SANDBOX_USER + " / " + OneCockpitSimulator.SANDBOX_PASSWORD
                        + ", account " + OneCockpitSimulator.SANDBOX_ACCOUNT_NAME + "; API key "
                        + OneCockpitSimulator.SANDBOX_API_KEY);
    }

    @Deactivate
    void stop() {
        for (Simulator simulator : running) {
            simulator.close();
        }
        running.clear();
    }

    /** @return the running simulators, in start order */
    List<Simulator> running() {
        return List.copyOf(running);
    }

    private void start(String name, int port, Supplier<SimulatorBuilder<?, ?>> builder, String credentials) {
        if (port < 0) {
            LOG.info("Sandbox {} simulator disabled (port {})", name, port);
            return;
        }
        try {
            Simulator simulator = builder.get()
                    .host(config.host())
                    .port(port)
                    .threads(config.threads())
                    .start();
            running.add(simulator);
            LOG.info(
                    "Sandbox {} simulator: base URL {} ({}); control API {}/__sim",
                    name,
                    simulator.baseUrl(),
                    credentials,
                    simulator.rootUrl());
        } catch (RuntimeException e) {
            LOG.error("Sandbox {} simulator could not start on port {}: {}", name, port, e.getMessage());
        }
    }
}
