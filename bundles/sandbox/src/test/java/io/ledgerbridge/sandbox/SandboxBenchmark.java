package io.ledgerbridge.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Measures simulator throughput with closed-loop clients in the same JVM, once with a minimal keep-alive HTTP/1.1
 * client (close to the server's capacity) and once with java.net.http.HttpClient (a realistic client, which itself
 * costs most of the CPU). Run it with {@code benchmarks/sandbox/run.sh [seconds] [clients]}.
 */
public final class SandboxBenchmark {

    /** One kind of request: where it goes, its headers (CRLF-terminated lines) and its body per sequence number. */
    private record Scenario(
            String name, int port, String method, String path, Map<String, String> headers, IntFunction<String> body) {}

    private SandboxBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        System.out.printf(
                "cores=%d clients=%d seconds-per-run=%d java=%s%n",
                Runtime.getRuntime().availableProcessors(), clients, seconds, System.getProperty("java.version"));
        try (SevdeskSimulator sevdesk = SevdeskSimulator.start(0);
                BillomatSimulator billomat = BillomatSimulator.builder()
                        .rateLimit(Duration.ofSeconds(900), Integer.MAX_VALUE, Integer.MAX_VALUE)
                        .start()) {
            Map<String, String> token =
                    Map.of("Authorization", SevdeskSimulator.SANDBOX_TOKEN, "Content-Type", "application/json");
            String contactId = Http.to(sevdesk.baseUrl())
                    .header("Authorization", SevdeskSimulator.SANDBOX_TOKEN)
                    .post("/Contact", "{\"name\":\"Bench GmbH\",\"category\":{\"id\":3}}")
                    .json()
                    .at("/objects/id")
                    .asText();
            Scenario version = new Scenario(
                    "sevdesk GET /Tools/bookkeepingSystemVersion",
                    sevdesk.port(),
                    "GET",
                    "/api/v1/Tools/bookkeepingSystemVersion",
                    token,
                    i -> null);
            Scenario save = new Scenario(
                    "sevdesk POST /Invoice/Factory/saveInvoice",
                    sevdesk.port(),
                    "POST",
                    "/api/v1/Invoice/Factory/saveInvoice",
                    token,
                    i -> invoice(contactId, i));
            Scenario myself = new Scenario(
                    "billomat GET /clients/myself (JSON)",
                    billomat.port(),
                    "GET",
                    "/sandbox/api/clients/myself",
                    Map.of("X-BillomatApiKey", BillomatSimulator.SANDBOX_API_KEY, "Accept", "application/json"),
                    i -> null);
            run("warm-up (not counted)", version, 3, clients, SandboxBenchmark::rawClient);
            for (Scenario scenario : List.of(version, save, myself)) {
                resetKeepingContact(sevdesk, contactId); // keeps the store far below its 100k-object cap
                run("raw client", scenario, seconds, clients, SandboxBenchmark::rawClient);
                resetKeepingContact(sevdesk, contactId);
                run("JDK HttpClient", scenario, seconds, clients, SandboxBenchmark::jdkClient);
            }
        }
    }

    private static void resetKeepingContact(SevdeskSimulator sevdesk, String expectedId) {
        sevdesk.control().reset();
        String id = Http.to(sevdesk.baseUrl())
                .header("Authorization", SevdeskSimulator.SANDBOX_TOKEN)
                .post("/Contact", "{\"name\":\"Bench GmbH\",\"category\":{\"id\":3}}")
                .json()
                .at("/objects/id")
                .asText();
        if (!id.equals(expectedId)) {
            throw new IllegalStateException("ids are deterministic after reset: " + id + " != " + expectedId);
        }
    }

    private static String invoice(String contactId, int sequence) {
        return "{\"invoice\":{\"objectName\":\"Invoice\",\"mapAll\":true,\"invoiceNumber\":\"B-" + sequence + "\","
                + "\"contact\":{\"id\":" + contactId + ",\"objectName\":\"Contact\"},\"contactPerson\":{\"id\":1,"
                + "\"objectName\":\"SevUser\"},\"invoiceDate\":\"01.03.2025\",\"status\":100,\"invoiceType\":\"RE\","
                + "\"currency\":\"EUR\",\"taxRule\":{\"id\":\"1\",\"objectName\":\"TaxRule\"}},\"invoicePosSave\":"
                + "[{\"objectName\":\"InvoicePos\",\"mapAll\":true,\"quantity\":1,\"price\":100,\"name\":\"Item\","
                + "\"taxRate\":19,\"unity\":{\"id\":1,\"objectName\":\"Unity\"}}]}";
    }

    /** A client loop: sends requests until the deadline and returns the latencies in nanoseconds. */
    private interface ClientFactory {
        Callable<long[]> loop(Scenario scenario, AtomicInteger sequence, AtomicInteger errors, long deadline);
    }

    private static void run(String client, Scenario scenario, int seconds, int clients, ClientFactory factory)
            throws Exception {
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(factory.loop(scenario, sequence, errors, deadline)));
        }
        long[] all = new long[0];
        for (Future<long[]> result : results) {
            long[] part = result.get();
            all = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, all, all.length - part.length, part.length);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(all);
        System.out.printf(
                "%-44s %-15s %7.0f req/s  p50 %5.2f ms  p99 %6.2f ms  n=%d errors=%d%n",
                scenario.name,
                client,
                all.length / elapsed,
                percentile(all, 0.50),
                percentile(all, 0.99),
                all.length,
                errors.get());
    }

    private static Callable<long[]> rawClient(
            Scenario scenario, AtomicInteger sequence, AtomicInteger errors, long deadline) {
        StringBuilder headers = new StringBuilder();
        scenario.headers.forEach(
                (name, value) -> headers.append(name).append(": ").append(value).append("\r\n"));
        return () -> {
            try (RawHttpConnection connection = new RawHttpConnection("127.0.0.1", scenario.port)) {
                return measure(
                        deadline,
                        errors,
                        () -> connection.send(RawHttpConnection.request(
                                scenario.method,
                                scenario.path,
                                headers.toString(),
                                scenario.body.apply(sequence.incrementAndGet()))));
            }
        };
    }

    private static final HttpClient JDK =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Callable<long[]> jdkClient(
            Scenario scenario, AtomicInteger sequence, AtomicInteger errors, long deadline) {
        URI uri = URI.create("http://127.0.0.1:" + scenario.port + scenario.path);
        return () -> measure(deadline, errors, () -> {
            String body = scenario.body.apply(sequence.incrementAndGet());
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .method(
                            scenario.method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            scenario.headers.forEach(request::header);
            return JDK.send(request.build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        });
    }

    private static long[] measure(long deadline, AtomicInteger errors, Callable<Integer> call) throws Exception {
        long[] latencies = new long[1 << 15];
        int count = 0;
        while (System.nanoTime() < deadline) {
            long begin = System.nanoTime();
            if (call.call() >= 300) {
                errors.incrementAndGet();
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = System.nanoTime() - begin;
        }
        return Arrays.copyOf(latencies, count);
    }

    private static double percentile(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * fraction)] / 1e6;
    }
}
