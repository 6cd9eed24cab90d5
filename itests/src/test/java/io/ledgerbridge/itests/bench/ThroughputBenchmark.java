package io.ledgerbridge.itests.bench;

import io.ledgerbridge.itests.Api;
import io.ledgerbridge.itests.CountingEndpoint;
import io.ledgerbridge.itests.KarafProcess;
import io.ledgerbridge.itests.Payloads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * End-to-end throughput of Ledgerbridge (REST intake → routing → delivery by the webhook connector to a local
 * endpoint) against a raw Apache HttpClient 5 loop posting the same payloads to the same endpoint, measured in the
 * same run, per database and endpoint latency. Run it with benchmarks/throughput/run.sh.
 */
public final class ThroughputBenchmark {
    private ThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        int documents = Integer.getInteger("documents", 1000);
        String[] databases = System.getProperty("databases", "h2").split(",");
        String[] latencies = System.getProperty("latencies", "0,50").split(",");
        List<String> report = new ArrayList<>();
        report.add(String.format(
                "%-10s %8s %10s %12s %12s %8s", "database", "latency", "raw/s", "intake/s", "end-to-end/s", "ratio"));
        for (String db : databases) {
            for (String latency : latencies) {
                report.add(run(db.strip(), Integer.parseInt(latency.strip()), documents));
            }
        }
        System.out.println();
        System.out.println("Ledgerbridge throughput, " + documents + " documents per run (ratio = end-to-end / raw)");
        report.forEach(System.out::println);
    }

    private static String run(String database, int latencyMillis, int documents) throws Exception {
        try (CountingEndpoint endpoint = new CountingEndpoint(32)) {
            endpoint.latency(latencyMillis);
            double raw = rawLoop(endpoint, documents);
            try (CountingEndpoint engineEndpoint = new CountingEndpoint(32);
                    KarafProcess karaf = KarafProcess.unpack("bench-" + database + "-" + latencyMillis)) {
                engineEndpoint.latency(latencyMillis);
                configure(karaf, database);
                karaf.start();
                Api demo = karaf.api("demo", "demo");
                int status = demo.post(
                                "/connections",
                                "{\"connectorId\":\"webhook\",\"settings\":{\"name\":\"Bench\","
                                        + "\"active\":true,\"url\":\"" + engineEndpoint.url()
                                        + "\",\"requestsPerSecond\":10000,"
                                        + "\"concurrency\":16}}")
                        .status();
                if (status != 201) {
                    throw new IllegalStateException("cannot create the benchmark connection: HTTP " + status);
                }
                long start = System.nanoTime();
                submit(demo, documents);
                double intakeSeconds = (System.nanoTime() - start) / 1e9;
                io.ledgerbridge.itests.Await.until(
                        "all " + documents + " documents delivered", 600, () -> engineEndpoint.distinct() >= documents);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (engineEndpoint.duplicates() != 0) {
                    throw new IllegalStateException(engineEndpoint.duplicates() + " duplicates");
                }
                double endToEnd = documents / seconds;
                return String.format(
                        "%-10s %6d ms %10.1f %12.1f %12.1f %8.2f",
                        database, latencyMillis, raw, documents / intakeSeconds, endToEnd, endToEnd / raw);
            }
        }
    }

    /** The baseline: one thread posting the payloads with Apache HttpClient 5, one after the other. */
    private static double rawLoop(CountingEndpoint endpoint, int documents) throws Exception {
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            long start = System.nanoTime();
            for (int i = 0; i < documents; i++) {
                HttpPost post = new HttpPost(endpoint.url());
                post.setHeader("Idempotency-Key", "raw-" + i);
                post.setEntity(new StringEntity(
                        "{\"idempotencyKey\":\"raw-" + i + "\",\"event\":\"FINALIZED\",\"document\":"
                                + Payloads.invoice("raw-" + i, "RE-" + i) + "}",
                        ContentType.APPLICATION_JSON));
                http.execute(post, response -> {
                    EntityUtils.consume(response.getEntity());
                    return response.getCode();
                });
            }
            return documents / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void submit(Api api, int documents) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int slice = t;
                work.add(pool.submit(() -> {
                    for (int i = slice; i < documents; i += 4) {
                        String id = api.post("/documents", Payloads.invoice("bench-" + i, "RE-B" + i))
                                .json()
                                .get("id")
                                .asText();
                        api.post("/documents/" + id + "/finalize", null);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void configure(KarafProcess karaf, String database) throws Exception {
        Path cfg = karaf.home().resolve("etc/org.apache.karaf.features.cfg");
        Files.writeString(
                cfg,
                Files.readString(cfg)
                        .replaceFirst(
                                "(    ledgerbridge-core/[^,\\\\\\n]*)\\n",
                                "$1, \\\\\n    ledgerbridge-connector-webhook\n"));
        if (database.equals("pg")) {
            String url = System.getenv("LEDGERBRIDGE_TEST_PG_URL");
            String server = url.substring(0, url.indexOf('/', "jdbc:postgresql://".length()));
            String name = "lb_bench_" + System.nanoTime();
            try (var c = java.sql.DriverManager.getConnection(url);
                    var s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            String ds = "etc/org.ops4j.datasource-ledgerbridge.cfg";
            karaf.setProperty(ds, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
            karaf.setProperty(ds, "url", server + "/" + name);
            karaf.setProperty(ds, "user", "app");
            karaf.setProperty(ds, "password", "app");
        }
    }
}
