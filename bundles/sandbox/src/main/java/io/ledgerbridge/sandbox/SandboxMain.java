package io.ledgerbridge.sandbox;

import io.ledgerbridge.sandbox.internal.launch.ArgsConfig;
import io.ledgerbridge.sandbox.internal.launch.SandboxConfig;
import io.ledgerbridge.sandbox.internal.launch.SimulatorSet;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * The simulators as a process of their own, with the options of the Karaf component as {@code key=value}
 * arguments: {@code java -jar sandbox-<version>-standalone.jar sevdesk.port=8281 billomat.port=8282}. Prints each
 * simulator's base URL and control URL, then runs until SIGTERM or Ctrl-C (or, with {@code exitOnStdinEof=true},
 * until standard input ends, so that a parent process never leaves it behind).
 */
public final class SandboxMain {
    static final String EXIT_ON_EOF = "exitOnStdinEof=true";

    private SandboxMain() {}

    public static void main(String[] args) throws InterruptedException {
        boolean exitOnEof = Arrays.asList(args).contains(EXIT_ON_EOF);
        SandboxConfig config;
        try {
            config = ArgsConfig.parse(
                    Arrays.stream(args).filter(a -> !a.equals(EXIT_ON_EOF)).toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            System.err.println("sandbox: " + e.getMessage() + "; nothing was started.");
            System.err.println("usage: java -jar sandbox-standalone.jar [key=value ...] [" + EXIT_ON_EOF + "]"
                    + " (keys as in the README's table of etc/io.ledgerbridge.sandbox.cfg)");
            System.exit(2);
            return;
        }
        SimulatorSet simulators = SimulatorSet.start(config, new ConsoleReport(System.out));
        if (simulators.running().isEmpty()) {
            System.err.println("sandbox: no simulator is running (all disabled or failed); exiting.");
            System.exit(1);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulators.close();
            stopped.countDown();
        }));
        System.out.println("Sandbox ready: " + simulators.running().size() + " simulator(s); stop with Ctrl-C"
                + (exitOnEof ? " or by closing standard input" : ""));
        if (exitOnEof) {
            awaitEndOfInput();
            System.exit(0); // runs the shutdown hook
        }
        stopped.await();
    }

    private static void awaitEndOfInput() {
        try {
            while (System.in.read() >= 0) {
                // ignore input; only its end matters
            }
        } catch (IOException e) {
            // a broken pipe ends the input too
        }
    }

    /** One line per simulator, as the Karaf component logs it. */
    private record ConsoleReport(PrintStream out) implements SimulatorSet.Report {
        @Override
        public void started(String name, Simulator simulator, String credentials) {
            out.println(name + " simulator: base URL " + simulator.baseUrl() + " (" + credentials + "); control API "
                    + simulator.rootUrl() + "/__sim");
        }

        @Override
        public void disabled(String name, int port) {
            out.println(name + " simulator: disabled (port " + port + ")");
        }

        @Override
        public void failed(String name, int port, RuntimeException cause) {
            System.err.println(name + " simulator could not start on port " + port + ": " + cause.getMessage()
                    + "; the others run. Choose another port ("
                    + name.toLowerCase(java.util.Locale.ROOT).split(" ")[0]
                    + ".port=...).");
        }
    }
}
