package io.ledgerbridge.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The assembled distribution run as a user runs it: unpacked from the tar.gz and started with {@code bin/karaf server}
 * in its own process, on free ports. Used for what Pax Exam cannot show: restarts and crashes.
 */
public final class KarafProcess implements AutoCloseable {
    private final Path home;
    private final int httpPort = Distribution.freePort();
    private Process process;

    private KarafProcess(Path home) {
        this.home = home;
    }

    /** Unpacks a fresh distribution under {@code target/karaf-process/<name>}. */
    public static KarafProcess unpack(String name) throws IOException, InterruptedException {
        Path dir = Path.of("target", "karaf-process", name).toAbsolutePath();
        if (Files.exists(dir)) {
            run(new ProcessBuilder("rm", "-rf", dir.toString()));
        }
        Files.createDirectories(dir);
        run(new ProcessBuilder(
                "tar", "xzf", System.getProperty("karaf.dist.file"), "-C", dir.toString(), "--strip-components=1"));
        KarafProcess k = new KarafProcess(dir);
        k.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(k.httpPort));
        k.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(Distribution.freePort()));
        k.setProperty(
                "etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(Distribution.freePort()));
        k.setProperty(
                "etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(Distribution.freePort()));
        return k;
    }

    /** Sets a property in a configuration file of the distribution (a later line wins). */
    public void setProperty(String file, String key, String value) throws IOException {
        Files.writeString(
                home.resolve(file),
                "\n" + key + " = " + value + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    public Path home() {
        return home;
    }

    public Api api(String user, String password) {
        return new Api(httpPort, user, password);
    }

    /** A client that reaches the distribution at another address of this machine. */
    public Api api(String host, String user, String password) {
        return new Api(host, httpPort, user, password);
    }

    /** Starts Karaf and waits until the REST API answers an authenticated call. */
    public void start() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("console.log").toFile()));
        pb.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        process = pb.start();
        Api api = api("admin", "admin");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!ready(api)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("Karaf did not start within 120 s; see " + home.resolve("data/log/karaf.log"));
            }
            Thread.sleep(250);
        }
    }

    private static boolean ready(Api api) {
        try {
            // servlets register one by one: wait for all of them
            return api.get("/tenants").status() == 200 && api.get("/documents").status() == 200;
        } catch (AssertionError connectionRefused) {
            return false;
        }
    }

    /** Stops Karaf gracefully (SIGTERM, as a service manager would) and waits for it to exit. */
    public void stop() throws InterruptedException {
        signal(false);
    }

    /** Kills Karaf at once (SIGKILL, as a crash or power loss of the process would). */
    public void kill() throws InterruptedException {
        signal(true);
    }

    private void signal(boolean force) throws InterruptedException {
        if (process == null) {
            return;
        }
        // bin/karaf may run java as a child: signal and wait for every process of the tree
        List<ProcessHandle> tree =
                new ArrayList<>(process.toHandle().descendants().toList());
        tree.add(process.toHandle());
        for (ProcessHandle p : tree) {
            if (force) {
                p.destroyForcibly();
            } else {
                p.destroy();
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (ProcessHandle p : tree) {
            while (p.isAlive()) {
                if (System.nanoTime() > deadline) {
                    tree.forEach(ProcessHandle::destroyForcibly);
                    throw new AssertionError("Karaf did not stop within 60 s");
                }
                Thread.sleep(100);
            }
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static void run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("command failed: " + String.join(" ", pb.command()));
        }
    }
}
