package io.ledgerbridge.itests;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An ERP at work, for outage tests: submits and finalizes one invoice every {@code pace} milliseconds and reads the
 * last one back, recording every status the API answered per call. What was refused is kept to be sent again, as an
 * ERP would once the platform answers again.
 */
final class SteadyIntake implements AutoCloseable {
    private final Api api;
    private final String prefix;
    private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, Map<Integer, Integer>> seen = new ConcurrentHashMap<>();
    /** Documents stored and finalized: each must reach the target exactly once. */
    final List<String> finalized = new CopyOnWriteArrayList<>();
    /** Source ids whose creation was refused (to submit again). */
    final List<String> refusedCreates = new CopyOnWriteArrayList<>();
    /** Documents stored whose finalization was refused (to finalize again). */
    final List<String> refusedFinalizes = new CopyOnWriteArrayList<>();
    /** The last answer that was not a success, for its body and headers. */
    volatile Api.Response lastRefusal;

    private volatile String lastStored;

    SteadyIntake(Api api, String prefix, long paceMillis) {
        this.api = api;
        this.prefix = prefix;
        runner.scheduleWithFixedDelay(this::submitOne, 0, paceMillis, TimeUnit.MILLISECONDS);
    }

    /** Per call ({@code create}, {@code finalize}, {@code read}), how often each status was answered. */
    Map<String, Map<Integer, Integer>> seen() {
        return seen;
    }

    boolean answered(int status) {
        return seen.values().stream().anyMatch(counts -> counts.containsKey(status));
    }

    int count(String call, int status) {
        return seen.getOrDefault(call, Map.of()).getOrDefault(status, 0);
    }

    private void submitOne() {
        String sourceId = prefix + next.getAndIncrement();
        try {
            if (lastStored != null) {
                record("read", api.get("/documents/" + lastStored));
            }
            create(sourceId);
        } catch (AssertionError noAnswer) {
            // thrown out of here it would end the schedule; sent again later (the same payload is idempotent)
            seen.computeIfAbsent("no answer", c -> new ConcurrentHashMap<>()).merge(0, 1, Integer::sum);
            refusedCreates.add(sourceId);
        }
    }

    /** Submits the invoice and finalizes it; true when it is stored (201 now, or 200: it was stored before). */
    boolean create(String sourceId) {
        Api.Response created = record("create", api.post("/documents", Payloads.invoice(sourceId, "RE-" + sourceId)));
        if (created.status() != 201 && created.status() != 200) {
            refusedCreates.add(sourceId);
            return false;
        }
        String id = created.json().get("id").asText();
        lastStored = id;
        finalize(id);
        return true;
    }

    /** Finalizes a stored document; true when it is. */
    boolean finalize(String id) {
        if (record("finalize", api.post("/documents/" + id + "/finalize", null)).status() == 200) {
            finalized.add(id);
            return true;
        }
        refusedFinalizes.add(id);
        return false;
    }

    private Api.Response record(String call, Api.Response response) {
        seen.computeIfAbsent(call, c -> new ConcurrentHashMap<>()).merge(response.status(), 1, Integer::sum);
        if (response.status() >= 300) {
            lastRefusal = response;
        }
        return response;
    }

    /** Stops submitting (waits for the submission under way). */
    @Override
    public void close() throws InterruptedException {
        runner.shutdown();
        runner.awaitTermination(60, TimeUnit.SECONDS);
    }
}
