package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.model.LifecycleAction.FINALIZE;
import static io.ledgerbridge.model.LifecycleAction.MARK_PAID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.TestDatabases;
import io.ledgerbridge.model.service.ConnectionStatus;
import io.ledgerbridge.model.service.ConnectionStatusDetail;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.RateBudget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delivery through a test connector to a local HTTP endpoint: retries, pauses, failures, exactly-once. */
class DeliveryTest {
    private EngineHarness h;
    private TestEndpoint endpoint;
    private HttpTestConnector connector;

    @BeforeEach
    void setUp() throws Exception {
        h = new EngineHarness(database(), EngineHarness.FAST);
        endpoint = new TestEndpoint();
        connector = new HttpTestConnector(endpoint.url(), RateBudget.MODERATE, Set.of(Capability.EXPORT));
        h.installed.put("c1", connector);
        h.connect("c1", "acme", "apiKey", h.secrets.encrypt("k-123"));
    }

    /** The database the contract runs on; H2 here, PostgreSQL in the subclass. */
    javax.sql.DataSource database() throws java.sql.SQLException {
        return TestDatabases.h2();
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

    @Test
    void aFinalizedDocumentIsDeliveredOnceWithTheDecryptedSecret() {
        String id = h.invoice("acme", "a", FINALIZE);
        Transfer t = h.awaitStatus(id, "c1", TransferStatus.DELIVERED);
        assertEquals(1, endpoint.totalCreates());
        assertTrue(t.remoteId().contains("r-0"));
        assertEquals("k-123", connector.secretSeen);
        assertEquals(ConnectionStatus.ONLINE, h.state("c1").status());
        assertEquals(
                List.of("DELIVERED"),
                h.attempts(t.id()).stream().map(AttemptStore.Attempt::outcome).toList());
        assertTrue(h.events.contains("c1:DELIVERED"));
    }

    @Test
    void archiveAfterTransferTagsTheDeliveredDocument() {
        h.connect("c1", "acme", "archiveAfterTransfer", "true");
        String id = h.invoice("acme", "arch", FINALIZE);
        h.awaitStatus(id, "c1", TransferStatus.DELIVERED);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> h.documents
                .get(io.ledgerbridge.model.service.Scope.admin(), id)
                .orElseThrow()
                .tags()
                .contains("archived"));
        assertEquals(
                1,
                h.documents
                        .list(
                                io.ledgerbridge.model.service.Scope.admin(),
                                new io.ledgerbridge.model.service.DocumentQuery(
                                        null, null, null, null, null, "archived", null, null, 10, null))
                        .items()
                        .size());
    }

    @Test
    void unavailableAndRateLimitedAreRetriedWithBackoffUntilDelivered() {
        endpoint.fail(2, 503, null);
        endpoint.fail(1, 429, "1");
        Instant start = Instant.now();
        String id = h.invoice("acme", "b", FINALIZE);
        Transfer t = h.awaitStatus(id, "c1", TransferStatus.DELIVERED);
        List<AttemptStore.Attempt> attempts = h.attempts(t.id());
        assertEquals(
                List.of("RETRY", "RETRY", "RETRY", "DELIVERED"),
                attempts.stream().map(AttemptStore.Attempt::outcome).toList());
        assertTrue(
                Duration.between(start, attempts.get(3).startedAt()).toMillis() >= 1000, "Retry-After of 1 s honoured");
        assertEquals(0, endpoint.duplicates());
    }

    @Test
    void retryableFailuresEndAsFailedAfterTheLastAttempt() {
        endpoint.fail(10, 500, null);
        String id = h.invoice("acme", "c", FINALIZE);
        Transfer t = h.awaitStatus(id, "c1", TransferStatus.FAILED);
        assertEquals(EngineHarness.FAST.maxAttempts(), h.attempts(t.id()).size());
        assertTrue(t.lastMessage().startsWith("gave up after 4 attempts"), t.lastMessage());
        assertEquals(ConnectionStatusDetail.COMMUNICATION_ERROR, h.state("c1").detail());
    }

    @Test
    void validationFailsOnlyThatTransfer() {
        endpoint.fail(1, 422, null);
        String bad = h.invoice("acme", "d", FINALIZE);
        assertEquals(
                "VALIDATION", h.awaitStatus(bad, "c1", TransferStatus.FAILED).lastKind());
        String good = h.invoice("acme", "e", FINALIZE);
        h.awaitStatus(good, "c1", TransferStatus.DELIVERED);
        assertFalse(h.state("c1").paused());
    }

    @Test
    void authFailurePausesTheConnectionUntilItsConfigurationChanges() {
        endpoint.fail(1, 401, null);
        String id = h.invoice("acme", "f", FINALIZE);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> h.state("c1")
                .paused());
        ConnectionState paused = h.state("c1");
        assertEquals(ConnectionStatus.OFFLINE, paused.status());
        assertEquals(ConnectionStatusDetail.AUTH_ERROR, paused.detail());
        String second = h.invoice("acme", "g", FINALIZE);
        assertEquals(TransferStatus.PENDING, h.transfers(second).get(0).status());
        assertEquals(1, endpoint.requests.get(), "a paused connection sends nothing (never hammer a failing token)");
        assertEquals(0, h.transfers(id).get(0).attempts(), "the paused attempt does not use up the transfer");

        h.connect("c1", "acme", "apiKey", h.secrets.encrypt("k-new"));
        h.awaitStatus(id, "c1", TransferStatus.DELIVERED);
        h.awaitStatus(second, "c1", TransferStatus.DELIVERED);
        assertEquals(ConnectionStatus.ONLINE, h.state("c1").status());
    }

    @Test
    void anAnswerLostAfterTheTargetCreatedIsLookedUpNotCreatedTwice() {
        endpoint.loseAnswerOfNextCreate(4000);
        String id = h.invoice("acme", "h", FINALIZE);
        h.awaitStatus(id, "c1", TransferStatus.DELIVERED);
        assertEquals(1, endpoint.totalCreates());
        assertEquals(0, endpoint.duplicates());
        assertTrue(connector.requests.get(connector.requests.size() - 1).afterUncertainAttempt());
    }

    @Test
    void aConnectorThatIsNotInstalledKeepsTransfersWaitingUntilItIs() {
        h.installed.remove("c1");
        String id = h.invoice("acme", "i", FINALIZE);
        assertEquals(TransferStatus.PENDING, h.transfers(id).get(0).status());
        h.installed.put("c1", connector);
        h.engine.delivery().wake();
        h.awaitStatus(id, "c1", TransferStatus.DELIVERED);
    }

    @Test
    void paymentUpdatesAreSkippedVisiblyByConnectorsThatCannotRecordThem() {
        String id = h.invoice("acme", "j", FINALIZE);
        h.awaitStatus(id, "c1", TransferStatus.DELIVERED);
        h.documents.apply(io.ledgerbridge.model.service.Scope.admin(), id, MARK_PAID);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> h.transfers(id).stream()
                .anyMatch(t -> t.purpose() == Purpose.PAYMENT && t.status() == TransferStatus.SKIPPED));
        Transfer payment = h.transfers(id).stream()
                .filter(t -> t.purpose() == Purpose.PAYMENT)
                .findFirst()
                .orElseThrow();
        assertEquals("Test target does not record payments", payment.lastMessage());
    }

    @Test
    void cancellationUpdatesAreSkippedVisiblyByConnectorsThatCannotRecordThem() {
        String id = h.invoice("acme", "k", FINALIZE);
        h.awaitStatus(id, "c1", TransferStatus.DELIVERED);
        h.documents.apply(
                io.ledgerbridge.model.service.Scope.admin(), id, io.ledgerbridge.model.LifecycleAction.CANCEL);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> h.transfers(id).stream()
                .anyMatch(t -> t.purpose() == Purpose.CANCELLATION && t.status() == TransferStatus.SKIPPED));
        Transfer update = h.transfers(id).stream()
                .filter(t -> t.purpose() == Purpose.CANCELLATION)
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Test target does not record cancellations: the document it has stays as it was, cancel it there too",
                update.lastMessage());
        assertEquals(1, endpoint.totalCreates(), "the target was not called again");
    }
}
