package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.model.LifecycleAction.FINALIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.TestDatabases;
import io.ledgerbridge.engine.internal.core.TransferServiceImpl;
import io.ledgerbridge.model.service.BackfillRequest;
import io.ledgerbridge.model.service.MissedDocuments;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.RateBudget;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Off, change, on, as the OneCockpit article has users do it: the documents issued while the connection was off are
 * not sent by themselves; switching it on again names exactly those, and a backfill of them sends each once.
 */
class MissedWhileOffTest {
    private EngineHarness h;
    private TestEndpoint endpoint;
    private TransferServiceImpl service;

    @BeforeEach
    void setUp() throws Exception {
        h = new EngineHarness(TestDatabases.h2(), EngineHarness.FAST);
        endpoint = new TestEndpoint();
        h.installed.put("c1", new HttpTestConnector(endpoint.url(), RateBudget.MODERATE, Set.of(Capability.EXPORT)));
        h.connect("c1", "acme");
        service = h.transferService();
    }

    @AfterEach
    void tearDown() throws Exception {
        h.close();
        endpoint.close();
    }

    @Test
    void theDocumentsIssuedWhileOffAreNamedOnceOnAgainAndABackfillSendsThemOnce() {
        String before = h.invoice("acme", "before", FINALIZE);
        h.awaitStatus(before, "c1", TransferStatus.DELIVERED);
        assertEquals(List.of(), missed().documentIds(), "never switched off: nothing missed");

        h.connect("c1", "acme", "active", "false");
        String whileOff1 = h.invoice("acme", "off-1", FINALIZE);
        String whileOff2 = h.invoice("acme", "off-2", FINALIZE);
        h.invoice("acme", "off-draft"); // never issued: nothing to send
        h.invoice("beta", "off-other-tenant", FINALIZE);
        assertEquals(List.of(), missed().documentIds(), "while it is off, nothing is offered yet");

        h.connect("c1", "acme");
        String after = h.invoice("acme", "after", FINALIZE);
        h.awaitStatus(after, "c1", TransferStatus.DELIVERED);
        MissedDocuments missed = missed();
        assertEquals(List.of(whileOff1, whileOff2), missed.documentIds());
        assertNotNull(missed.offSince());
        assertTrue(missed.onAgainAt().isAfter(missed.offSince()));
        assertEquals(List.of(), h.transfers(whileOff1), "not sent by themselves");

        service.startBackfill(
                Scope.admin(), new BackfillRequest("c1", null, null, null, null, null, missed.documentIds()), "test");
        h.awaitStatus(whileOff1, "c1", TransferStatus.DELIVERED);
        h.awaitStatus(whileOff2, "c1", TransferStatus.DELIVERED);
        assertEquals(List.of(), missed().documentIds(), "sent now: nothing missed any more");
        assertEquals(4, endpoint.totalCreates());
        assertEquals(0, endpoint.duplicates());
    }

    private MissedDocuments missed() {
        return service.missedWhileOff(Scope.admin(), "c1");
    }
}
