package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.model.LifecycleAction.FINALIZE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.TestDatabases;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.RateBudget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A node dies after the target accepted a document but before the outcome was committed: another engine on the same
 * database retries it after the lease, as uncertain, and the connector finds the document instead of creating it;
 * the ledger shows the interrupted attempt.
 */
class LeaseRecoveryTest {

    @Test
    void aCrashBetweenRemoteAcceptAndLocalCommitCreatesNoDuplicate() throws Exception {
        var ds = TestDatabases.h2();
        try (TestEndpoint endpoint = new TestEndpoint()) {
            String id;
            try (EngineHarness crashed = new EngineHarness(ds, EngineHarness.FAST)) {
                crashed.installed.clear(); // the "crashed" node: claims, sends, never settles
                crashed.connect("c1", "acme");
                id = crashed.invoice("acme", "k", FINALIZE);
                TransferStore store = new TransferStore(crashed.db.dialect());
                Instant now = Instant.now();
                List<Transfer> claimed = crashed.db.inTransaction(
                        c -> store.claim(c, "c1", 1, "dead-node", now, now.plus(Duration.ofMillis(500))));
                assertEquals(1, claimed.size());
                // the target accepted the dead node's request
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(endpoint.url()))
                                        .header(
                                                "Idempotency-Key",
                                                claimed.get(0).id())
                                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
            }
            assertEquals(1, endpoint.totalCreates());
            try (EngineHarness survivor = new EngineHarness(ds, EngineHarness.FAST, false)) {
                HttpTestConnector connector =
                        new HttpTestConnector(endpoint.url(), RateBudget.MODERATE, Set.of(Capability.EXPORT));
                survivor.installed.put("c1", connector);
                survivor.connect("c1", "acme");
                Transfer t = survivor.awaitStatus(id, "c1", TransferStatus.DELIVERED);
                assertEquals(1, endpoint.totalCreates(), "no second create");
                assertTrue(connector.requests.get(0).afterUncertainAttempt());
                assertEquals(2, t.attempts());
                List<AttemptStore.Attempt> ledger = survivor.db.inTransaction(c -> AttemptStore.forTransfer(c, t.id()));
                assertEquals(
                        List.of("1 INTERRUPTED", "2 DELIVERED"),
                        ledger.stream()
                                .map(a -> a.attempt() + " " + a.outcome())
                                .toList(),
                        "the dead node's attempt is in the ledger");
                assertEquals(AttemptStore.INTERRUPTED_MESSAGE, ledger.get(0).message());
            }
        }
    }
}
