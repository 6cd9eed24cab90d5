package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.engine.internal.transfer.RateGate;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.RateBudget;
import io.ledgerbridge.sandbox.BillomatSimulator;
import io.ledgerbridge.sandbox.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exports against the simulator (shortened window), dispatched by the engine's {@link RateGate} from the declared
 * {@link RateBudget}; passes when Billomat served at least 95 % of the allowed requests with no 429 and no duplicate.
 * Run with {@code benchmarks/billomat-rate/run.sh}.
 */
public final class BillomatRateBenchmark {
    private final int windowSeconds;
    private final int quota;
    private final int windows;
    private final double newCustomers;
    private final ConcurrentLinkedQueue<ExportRequest> retries = new ConcurrentLinkedQueue<>();
    private final AtomicInteger delivered = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Random random = new Random(42);
    private final Object signal = new Object();
    private int documents;
    private int customers;

    private BillomatRateBenchmark(int windowSeconds, int quota, int windows, double newCustomers) {
        this.windowSeconds = windowSeconds;
        this.quota = quota;
        this.windows = windows;
        this.newCustomers = newCustomers;
    }

    public static void main(String[] args) throws Exception {
        int windowSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int quota = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int windows = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        double newCustomers = args.length > 3 ? Double.parseDouble(args[3]) : 0.25;
        boolean passed = new BillomatRateBenchmark(windowSeconds, quota, windows, newCustomers).run();
        System.exit(passed ? 0 : 1);
    }

    private boolean run() throws Exception {
        try (BillomatSimulator billomat = BillomatSimulator.builder()
                .rateLimit(Duration.ofSeconds(windowSeconds), quota, quota)
                .start()) {
            BillomatConnector connector = Configs.connector(Configs.sandbox(billomat.rootUrl()));
            RateBudget declared = connector.describe().rateBudget();
            RateBudget budget = new RateBudget(
                    quota, Duration.ofSeconds(windowSeconds), declared.concurrency(), declared.requestsPerExport());
            System.out.printf(
                    "declared budget %s; simulated window %d s, quota %d; %d windows; %.0f %% new customers;"
                            + " %d cores%n",
                    declared,
                    windowSeconds,
                    quota,
                    windows,
                    newCustomers * 100,
                    Runtime.getRuntime().availableProcessors());
            Instant start = nextWindowStart(Instant.now());
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), start).toMillis()));
            Instant end = start.plusSeconds((long) windowSeconds * windows);
            dispatch(connector, new RateGate(budget), budget.concurrency(), end);
            connector.deactivate();
            return report(
                    billomat.control().requests(),
                    start,
                    end,
                    billomat.control().duplicates().toString());
        }
    }

    /** The engine's dispatch loop in small: start what the gate allows, wait for a slot or the next chance. */
    private void dispatch(BillomatConnector connector, RateGate gate, int concurrency, Instant end)
            throws InterruptedException {
        FakeContext context = Configs.context(BillomatSimulator.SANDBOX_API_KEY);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        while (Instant.now().isBefore(end)) {
            Instant now = Instant.now();
            int slots = gate.available(now);
            for (int i = 0; i < slots; i++) {
                ExportRequest request = nextRequest();
                gate.acquire(now);
                workers.execute(() -> deliver(connector, context, gate, request));
            }
            synchronized (signal) {
                long wait = Math.max(
                        1,
                        Duration.between(Instant.now(), gate.nextChance(Instant.now()))
                                .toMillis());
                signal.wait(Math.min(wait, Duration.between(Instant.now(), end).toMillis() + 1));
            }
        }
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void deliver(BillomatConnector connector, FakeContext context, RateGate gate, ExportRequest request) {
        Outcome outcome = connector.export(context, request);
        Duration retryAfter = outcome instanceof Outcome.Failed f ? f.retryAfter() : null;
        gate.release(outcome.rateLimit(), retryAfter, Instant.now());
        if (outcome instanceof Outcome.Delivered) {
            delivered.incrementAndGet();
        } else if (outcome instanceof Outcome.Failed f && f.kind().retryable()) {
            held.incrementAndGet();
            boolean uncertain = request.afterUncertainAttempt() || f.kind() == FailureKind.UNAVAILABLE;
            retries.add(new ExportRequest(
                    request.document(), request.trigger(), request.idempotencyKey(), uncertain, request.attempt() + 1));
        } else {
            failed.incrementAndGet();
            System.out.println("not delivered: " + outcome);
        }
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** A retry first, else a new invoice: of a new customer with the given share, else of a known one. */
    private synchronized ExportRequest nextRequest() {
        ExportRequest retry = retries.poll();
        if (retry != null) {
            return retry;
        }
        documents++;
        int customer =
                customers == 0 || random.nextDouble() < newCustomers ? ++customers : 1 + random.nextInt(customers);
        Document document = Documents.invoice(
                "b" + documents,
                "RE-" + documents,
                Documents.party("K-" + customer, "customer" + customer + "@example.com"));
        return new ExportRequest(document, LifecycleEvent.FINALIZED, "t-" + documents, false, 1);
    }

    private boolean report(List<RecordedRequest> log, Instant start, Instant end, String duplicates) {
        long served = log.stream()
                .filter(r -> !r.time().isBefore(start) && r.time().isBefore(end))
                .filter(r -> r.status() != 429)
                .count();
        long limited = log.stream().filter(r -> r.status() == 429).count();
        long allowed = (long) quota * windows;
        double share = (double) served / allowed;
        System.out.printf(
                "Billomat served %d of %d allowed requests in %d windows: %.3f of the allowed rate; "
                        + "429 answers: %d%n",
                served, allowed, windows, share, limited);
        System.out.printf(
                "exports delivered %d (%.2f requests each), held by the guard until the reset %d, "
                        + "failed %d; duplicates %s%n",
                delivered.get(),
                (double) log.size() / Math.max(1, delivered.get()),
                held.get(),
                failed.get(),
                duplicates);
        boolean passed = share >= 0.95 && limited == 0 && failed.get() == 0 && "{}".equals(duplicates);
        System.out.println(passed ? "PASS: >= 0.95 of the allowed rate, 0 x 429, 0 duplicates" : "FAIL");
        return passed;
    }

    private Instant nextWindowStart(Instant now) {
        long next = (now.getEpochSecond() / windowSeconds + 1) * windowSeconds;
        return Instant.ofEpochSecond(next);
    }
}
