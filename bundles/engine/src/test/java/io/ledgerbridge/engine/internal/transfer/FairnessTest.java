package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.model.LifecycleAction.FINALIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.TestDatabases;
import io.ledgerbridge.engine.internal.tenants.TenantServiceImpl;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.Tenant;
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

    /**
     * An accounting firm with a dozen clients on one connector (a connection per client, as "Add integration"
     * creates them): one client's backlog of 200 does not hold up the others' live invoices.
     */
    @Test
    void oneClientsBacklogDoesNotStarveTheOtherClientsOfTheSamePartner() {
        TenantServiceImpl tenants = new TenantServiceImpl(h.db);
        List<String> clients = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String client = "acme-firm-" + i;
            tenants.create(Scope.admin(), new Tenant(client, "Client " + i, "acme"));
            h.installed.put(
                    "zen-" + client,
                    new HttpTestConnector(
                            slow.url(), new RateBudget(1000, Duration.ofSeconds(1), 4, 1), Set.of(Capability.EXPORT)));
            h.connectAs("zen", "zen-" + client, client);
            clients.add(client);
        }
        backlog("zen-acme-firm-1", "acme-firm-1", 200); // 200 x 50 ms at 4 in parallel: about 2.5 s of work
        Instant submitted = Instant.now();
        List<String> live = clients.subList(1, clients.size()).stream()
                .map(client -> h.invoice(client, "live-" + client, FINALIZE))
                .toList();
        Instant last = submitted;
        for (int i = 0; i < live.size(); i++) {
            Transfer t = h.awaitStatus(live.get(i), "zen-" + clients.get(i + 1), TransferStatus.DELIVERED);
            last = t.updatedAt().isAfter(last) ? t.updatedAt() : last;
        }
        Duration waited = Duration.between(submitted, last);
        assertTrue(waited.toMillis() < 1500, "the other clients' invoices waited " + waited.toMillis() + " ms");
        assertTrue(slow.totalCreates() < 200 + live.size(), "the backlog was done before the live invoices");
    }
}
