package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.model.LifecycleAction.FINALIZE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.TestDatabases;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.RateBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A target that answers 20% 5xx, 5% timeouts (after storing the document) and bursts of 429 with Retry-After:
 * every document arrives exactly once, attempts stay bounded and retries are spaced out (no retry storm).
 */
class FaultToleranceTest {
    private static final int DOCUMENTS = 200;

    @Test
    void everythingArrivesOnceThroughFlakyResponses() throws Exception {
        DeliverySettings settings = new DeliverySettings(
                8, 12, Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofSeconds(2));
        try (EngineHarness h = new EngineHarness(TestDatabases.h2(), settings);
                TestEndpoint endpoint = new TestEndpoint()) {
            script(endpoint, new Random(42));
            h.installed.put(
                    "c1",
                    new HttpTestConnector(
                            endpoint.url(),
                            new RateBudget(200, Duration.ofSeconds(1), 8, 1),
                            Set.of(Capability.EXPORT)));
            h.connect("c1", "acme");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                ids.add(h.invoice("acme", "f-" + i, FINALIZE));
            }
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> endpoint.totalCreates() == DOCUMENTS
                            && ids.stream()
                                    .allMatch(id -> h.transfers(id).get(0).status() == TransferStatus.DELIVERED));
            assertEquals(0, endpoint.duplicates(), "no document created twice");
            int attempts = 0;
            for (String id : ids) {
                Transfer t = h.transfers(id).get(0);
                attempts += t.attempts();
                List<AttemptStore.Attempt> ledger = h.attempts(t.id());
                for (int i = 1; i < ledger.size(); i++) {
                    long gap = Duration.between(
                                    ledger.get(i - 1).startedAt(), ledger.get(i).startedAt())
                            .toMillis();
                    assertTrue(gap >= 25, "retries of " + id + " are spaced (" + gap + " ms)");
                }
            }
            assertTrue(attempts < DOCUMENTS * 2, "attempts stay bounded: " + attempts);
            assertTrue(endpoint.script.isEmpty(), "every scripted fault was exercised");
        }
    }

    private static void script(TestEndpoint endpoint, Random random) {
        for (int i = 0; i < DOCUMENTS; i++) {
            double r = random.nextDouble();
            if (i % 50 == 10) {
                endpoint.fail(5, 429, "1"); // a burst of rate limiting
            } else if (r < 0.20) {
                endpoint.fail(1, 500 + random.nextInt(4), null);
            } else if (r < 0.25) {
                endpoint.loseAnswerOfNextCreate(4000);
            }
        }
    }
}
