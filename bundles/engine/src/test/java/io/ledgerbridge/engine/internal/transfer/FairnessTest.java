package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.model.LifecycleAction.FINALIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.TestDatabases;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.RateBudget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One tenant's bulk work does not delay another tenant's live document, and live goes before backfill. */
class FairnessTest {
    private EngineHarness h;
    private TestEndpoint slow;
    private TestEndpoint fast;

    @BeforeEach
    void setUp() throws Exception {
        h = new EngineHarness(TestDatabases.h2(), EngineHarness.FAST);
        slow = new TestEndpoint();
        slow.latencyMillis = 50;
        fast = new TestEndpoint();
        h.installed.put(
                "bulk",
                new HttpTestConnector(
                        slow.url(), new RateBudget(1000, Duration.ofSeconds(1), 8, 1), Set.of(Capability.EXPORT)));
        h.installed.put("live", new HttpTestConnector(fast.url(), RateBudget.MODERATE, Set.of(Capability.EXPORT)));
        h.connect("bulk", "acme");
        h.connect("live", "beta");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (h != null) {
            h.close();
        }
        slow.close();
        fast.close();
    }

    private List<String> backlog(String connectionId, String tenant, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(h.invoice(tenant, "bulk-" + connectionId + i));
        }
        TransferStore store = new TransferStore(h.db.dialect());
        h.db.inTransaction(c -> {
            for (String id : ids) {
                store.insertIfAbsent(
                        c,
                        id,
                        connectionId,
                        tenant,
                        Purpose.EXPORT,
                        LifecycleEvent.FINALIZED,
                        Transfer.BACKFILL,
                        "job-1",
                        Instant.now());
            }
            return null;
        });
        h.engine.delivery().wake();
        return ids;
    }

    @Test
    void aLiveInvoiceOfAnotherTenantIsNotStuckBehindABackfill() {
        backlog("bulk", "acme", 300); // 300 x 50 ms at 8 in parallel: about 2 s of work
        Instant submitted = Instant.now();
        String live = h.invoice("beta", "urgent", FINALIZE);
        Transfer t = h.awaitStatus(live, "live", TransferStatus.DELIVERED);
        Duration waited = Duration.between(submitted, t.updatedAt());
        assertTrue(waited.toMillis() < 1000, "live invoice delivered after " + waited.toMillis() + " ms");
        assertTrue(slow.totalCreates() < 300, "the backfill was still running");
    }

    @Test
    void liveTrafficOfAConnectionGoesBeforeItsBackfill() {
        List<String> bulk = backlog("bulk", "acme", 200);
        String live = h.invoice("acme", "urgent", FINALIZE);
        Transfer t = h.awaitStatus(live, "bulk", TransferStatus.DELIVERED);
        long backfillDoneBefore = bulk.stream()
                .map(h::transfers)
                .flatMap(List::stream)
                .filter(x ->
                        x.status() == TransferStatus.DELIVERED && x.updatedAt().isBefore(t.updatedAt()))
                .count();
        assertTrue(backfillDoneBefore < 100, backfillDoneBefore + " backfill transfers went first");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> slow.totalCreates() == 201);
        assertEquals(0, slow.duplicates());
    }
}
