package io.ledgerbridge.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sandbox simulators in a JVM of their own ({@code io.ledgerbridge.sandbox.SandboxMain}), so that what they
 * counted survives a Karaf that is killed. Started from the jars a distribution ships in {@code system/} (the
 * sandbox bundle and Jackson), with {@code exitOnStdinEof=true}: it never outlives the test JVM.
 */
final class SandboxProcess implements AutoCloseable {
    private static final List<String> JARS = List.of(
            "io/ledgerbridge/sandbox",
            "com/fasterxml/jackson/core/jackson-core",
            "com/fasterxml/jackson/core/jackson-databind",
            "com/fasterxml/jackson/core/jackson-annotations");

    private final Process process;
    private final int sevdeskPort = Distribution.freePort();
    private final int billomatPort = Distribution.freePort();

    private SandboxProcess(Path distribution, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(
                        java,
                        "-cp",
                        classpath(distribution.resolve("system")),
                        "io.ledgerbridge.sandbox.SandboxMain",
                        "sevdesk.port=" + sevdeskPort,
                        "billomat.port=" + billomatPort,
                        "zenvoices.port=-1",
                        "onecockpit.port=-1",
                        "exitOnStdinEof=true")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /** Starts the sevdesk and Billomat simulators on free ports and waits until both answer. */
    static SandboxProcess start(Path distribution) throws IOException, InterruptedException {
        Path log = distribution.resolve("sandbox.log");
        SandboxProcess sandbox = new SandboxProcess(distribution, log);
        Await.until("the sandbox process answers (see " + log + ")", 60, () -> {
            if (!sandbox.process.isAlive()) {
                throw new AssertionError("the sandbox process ended; see " + log);
            }
            return sandbox.sevdesk().answers() && sandbox.billomat().answers();
        });
        return sandbox;
    }

    SandboxSimulator sevdesk() {
        return SandboxSimulator.at("sevdesk", "http://127.0.0.1:" + sevdeskPort);
    }

    SandboxSimulator billomat() {
        return SandboxSimulator.at("Billomat", "http://127.0.0.1:" + billomatPort);
    }

    /** Stops it (SIGTERM) and waits. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The newest version of each jar under the distribution's {@code system/} Maven layout. */
    private static String classpath(Path system) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String artifact : JARS) {
            Path dir = system.resolve(artifact);
            try (Stream<Path> jars = Files.walk(dir)) {
                entries.add(jars.filter(p -> p.toString().endsWith(".jar"))
                        .map(Path::toString)
                        .max(String::compareTo)
                        .orElseThrow(() -> new AssertionError("no jar under " + dir)));
            }
        }
        return entries.stream().collect(Collectors.joining(java.io.File.pathSeparator));
    }
}
