package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.model.LifecycleAction.FINALIZE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.TestDatabases;
import io.ledgerbridge.engine.internal.core.TransferServiceImpl;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.service.BackfillRequest;
import io.ledgerbridge.model.service.BackfillView;
import io.ledgerbridge.model.service.ConnectionStatus;
import io.ledgerbridge.model.service.ConnectionStatusDetail;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TransferView;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.RateBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Backfills (dry run, progress, pause, resume, cancel), status columns, ledgers and retries through the service. */
class BackfillAndServiceTest {
    private EngineHarness h;
    private TestEndpoint endpoint;
    private TransferServiceImpl service;
    private Scope acme;

    @BeforeEach
    void setUp() throws Exception {
        h = new EngineHarness(TestDatabases.h2(), EngineHarness.FAST);
        endpoint = new TestEndpoint();
        h.installed.put(
                "c1",
                new HttpTestConnector(
                        endpoint.url(), new RateBudget(100, Duration.ofSeconds(1), 2, 1), Set.of(Capability.EXPORT)));
        service = h.transferService();
        acme = Scope.tenant("acme", Set.of("acme", "acme-client"));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (h != null) {
            h.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private List<String> oldInvoices(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(h.invoice("acme", "old-" + i, FINALIZE));
        }
        h.invoice("acme", "draft"); // drafts are never backfilled
        return ids;
    }

    private BackfillRequest all() {
        return new BackfillRequest("c1", DocumentType.SALES_INVOICE, Direction.OUTGOING, null, null, null, null);
    }

    @Test
    void aDryRunCountsAndEstimatesThenTheJobDeliversEverythingOnce() {
        List<String> ids = oldInvoices(30);
        h.connect("c1", "acme");
        BackfillView plan = service.planBackfill(acme, all());
        assertNull(plan.id());
        assertEquals(30, plan.total());
        assertEquals(1L, plan.etaSeconds(), "30 documents at 100 per second");
        BackfillView job = service.startBackfill(acme, all(), "demo");
        assertEquals(30, job.total());
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE"
                .equals(service.backfill(acme, job.id()).orElseThrow().status()));
        assertEquals(30, service.backfill(acme, job.id()).orElseThrow().delivered());
        assertEquals(0, service.planBackfill(acme, all()).total(), "nothing left to backfill");
        Map<String, Map<String, String>> columns = service.statusColumns(acme, ids);
        assertEquals(30, columns.size());
        assertTrue(columns.values().stream().allMatch(m -> "DELIVERED".equals(m.get("c1"))));
        assertEquals(30, endpoint.totalCreates());
    }

    @Test
    void aPausedJobWaitsAndACancelledOneStops() {
        endpoint.latencyMillis = 30;
        oldInvoices(40);
        h.connect("c1", "acme");
        BackfillView job = service.startBackfill(acme, all(), "demo");
        assertEquals("PAUSED", service.controlBackfill(acme, job.id(), "pause").status());
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);
        long whilePaused = endpoint.totalCreates();
        assertTrue(whilePaused < 40, "the pause stopped the job");
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertTrue(
                endpoint.totalCreates() <= whilePaused + 2, "nothing new while paused (at most the calls in flight)");
        service.controlBackfill(acme, job.id(), "resume");
        await().atMost(Duration.ofSeconds(5)).until(() -> endpoint.totalCreates() > whilePaused + 2);
        BackfillView cancelled = service.controlBackfill(acme, job.id(), "cancel");
        assertEquals("CANCELLED", cancelled.status());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> service.backfill(acme, job.id()).orElseThrow().pending() == 0);
        BackfillView end = service.backfill(acme, job.id()).orElseThrow();
        assertEquals(40, end.delivered() + end.skipped());
        assertTrue(end.skipped() > 0);
    }

    @Test
    void ledgersRetriesAndScopes() {
        h.connect("c1", "acme");
        endpoint.fail(1, 422, null);
        String id = h.invoice("acme", "v", FINALIZE);
        h.awaitStatus(id, "c1", TransferStatus.FAILED);
        List<TransferView> views = service.transfers(acme, id);
        assertEquals(1, views.get(0).ledger().size());
        assertEquals("VALIDATION", views.get(0).ledger().get(0).kind());
        TransferView retried = service.retry(acme, views.get(0).id());
        assertEquals("PENDING", retried.status());
        h.awaitStatus(id, "c1", TransferStatus.DELIVERED);
        assertEquals(2, service.transfers(acme, id).get(0).ledger().size());

        Scope beta = Scope.tenant("beta", Set.of("beta"));
        assertTrue(service.transfers(beta, id).isEmpty());
        assertThrows(
                NotFoundException.class, () -> service.retry(beta, views.get(0).id()));
        assertThrows(NotFoundException.class, () -> service.testConnection(beta, "c1"));
        assertEquals(0, service.connections(beta).size());
        assertEquals(
                ConnectionStatus.ONLINE,
                service.connection(acme, "c1").orElseThrow().status());
        assertTrue(service.testConnection(acme, "c1").ok());
    }

    @Test
    void aMissingConnectorIsShownAsSuch() {
        h.installed.clear();
        h.connect("c1", "acme");
        String id = h.invoice("acme", "w", FINALIZE);
        assertEquals(
                "WAITING_FOR_CONNECTOR",
                service.statusColumns(acme, List.of(id)).get(id).get("c1"));
        var view = service.connection(acme, "c1").orElseThrow();
        assertEquals(ConnectionStatusDetail.CONNECTOR_MISSING, view.statusDetail());
        assertEquals(1, view.pending());
        assertTrue(!service.testConnection(acme, "c1").ok());
    }
}
