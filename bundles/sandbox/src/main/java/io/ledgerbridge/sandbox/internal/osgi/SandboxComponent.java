package io.ledgerbridge.sandbox.internal.osgi;

import io.ledgerbridge.sandbox.Simulator;
import io.ledgerbridge.sandbox.internal.launch.SandboxConfig;
import io.ledgerbridge.sandbox.internal.launch.SimulatorSet;
import java.util.List;
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

    private final SimulatorSet simulators;

    @Activate
    public SandboxComponent(SandboxConfig config) {
        simulators = SimulatorSet.start(config, new LogReport());
    }

    @Deactivate
    void stop() {
        simulators.close();
    }

    /** @return the running simulators, in start order */
    List<Simulator> running() {
        return simulators.running();
    }

    private static final class LogReport implements SimulatorSet.Report {
        @Override
        public void started(String name, Simulator simulator, String credentials) {
            LOG.info(
                    "Sandbox {} simulator: base URL {} ({}); control API {}/__sim",
                    name,
                    simulator.baseUrl(),
                    credentials,
                    simulator.rootUrl());
        }

        @Override
        public void disabled(String name, int port) {
            LOG.info("Sandbox {} simulator disabled (port {})", name, port);
        }

        @Override
        public void failed(String name, int port, RuntimeException cause) {
            LOG.error("Sandbox {} simulator could not start on port {}: {}", name, port, cause.getMessage());
        }
    }
}
