package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.model.LifecycleAction.APPROVE;
import static io.ledgerbridge.model.LifecycleAction.CANCEL;
import static io.ledgerbridge.model.LifecycleAction.FINALIZE;
import static io.ledgerbridge.model.LifecycleAction.MARK_PAID;
import static io.ledgerbridge.model.LifecycleAction.SEND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.TestDatabases;
import io.ledgerbridge.model.service.Scope;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing rules, without any connector installed: transfers are written in the intake transaction and wait. */
class RoutingTest {
    private EngineHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new EngineHarness(database(), EngineHarness.FAST);
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
    }

    @Test
    void theTriggerEventRoutesOnceToEachMatchingConnectionOfTheTenant() {
        h.connect("c1", "acme");
        h.connect("c2", "acme", "triggers", "SENT");
        h.connect("other", "beta");
        String id = h.invoice("acme", "a", FINALIZE);
        assertEquals(
                List.of("c1"),
                h.transfers(id).stream().map(Transfer::connectionId).toList());
        h.documents.apply(Scope.admin(), id, SEND);
        h.documents.apply(Scope.admin(), id, APPROVE);
        List<Transfer> all = h.transfers(id);
        assertEquals(
                List.of("c1", "c2"), all.stream().map(Transfer::connectionId).toList());
        assertTrue(all.stream().allMatch(t -> t.purpose() == Purpose.EXPORT && t.status() == TransferStatus.PENDING));
    }

    @Test
    void onlyEventsAfterActivationAreRoutedAndReactivationNeverResends() {
        h.connect("c1", "acme", "active", "false");
        String before = h.invoice("acme", "before", FINALIZE);
        assertTrue(h.transfers(before).isEmpty());
        h.connect("c1", "acme", "active", "true");
        assertTrue(h.state("c1").activatedAt() != null);
        String after = h.invoice("acme", "after", FINALIZE);
        assertEquals(1, h.transfers(after).size());
        h.connect("c1", "acme", "active", "false");
        h.connect("c1", "acme", "active", "true");
        h.documents.apply(Scope.admin(), after, SEND);
        assertEquals(1, h.transfers(after).size());
        assertTrue(h.transfers(before).isEmpty());
    }

    @Test
    void documentTypesTagsApprovalAndDatesSelect() {
        h.connect("tagged", "acme", "tags", "berlin, munich");
        h.connect("untagged", "acme", "tags", "munich");
        h.connect("receipts", "acme", "documentTypes", "RECEIPT");
        h.connect("approved", "acme", "approvalRequired", "true", "triggers", "FINALIZED,APPROVED");
        h.connect("old", "acme", "dateTo", "2020-12-31");
        String id = h.invoice("acme", "x", FINALIZE);
        assertEquals(
                List.of("tagged"),
                h.transfers(id).stream().map(Transfer::connectionId).toList());
        h.documents.apply(Scope.admin(), id, APPROVE);
        assertEquals(
                List.of("tagged", "approved"),
                h.transfers(id).stream().map(Transfer::connectionId).toList());
    }

    @Test
    void aPaymentAfterExportBecomesAPaymentUpdate() {
        h.connect("c1", "acme");
        String id = h.invoice("acme", "p", FINALIZE, MARK_PAID);
        List<Transfer> t = h.transfers(id);
        assertEquals(
                List.of(Purpose.EXPORT, Purpose.PAYMENT),
                t.stream().map(Transfer::purpose).toList());
    }

    @Test
    void aCancellationAfterExportBecomesACancellationUpdateAndBeforeExportNothing() {
        h.connect("c1", "acme");
        String exported = h.invoice("acme", "c", FINALIZE, CANCEL);
        assertEquals(
                List.of(Purpose.EXPORT, Purpose.CANCELLATION),
                h.transfers(exported).stream().map(Transfer::purpose).toList());
        String draft = h.invoice("acme", "d", CANCEL);
        assertEquals(List.of(), h.transfers(draft), "a draft cancelled was never exported: nothing to update");
    }

    @Test
    void anInactivePartnerConnectionStopsItsClientsWithoutDeletingThem() {
        h.connect("partner", "acme", "apiKey", "secret");
        h.connect("client", "acme-client", "partnerConnection", "partner");
        assertTrue(h.engine.connections().get("client").orElseThrow().sends());
        assertEquals(
                "secret", h.engine.connections().get("client").orElseThrow().property("apiKey"));
        h.connect("partner", "acme", "active", "false", "apiKey", "secret");
        assertFalse(h.engine.connections().get("client").orElseThrow().sends());
        assertTrue(h.transfers(h.invoice("acme-client", "c", FINALIZE)).isEmpty());
        h.connect("partner", "acme", "active", "true", "apiKey", "secret");
        assertEquals(1, h.transfers(h.invoice("acme-client", "d", FINALIZE)).size());
    }

    @Test
    void invalidConfigurationKeepsTheConnectionInactiveWithFieldMessages() {
        var c = h.connect("bad", "nobody", "triggers", "CREATED,SOMETIMES", "dateFrom", "2026-13-01");
        assertFalse(c.sends());
        assertEquals(
                List.of("triggers", "triggers", "dateFrom", "tenant"),
                c.problems().stream().map(p -> p.field()).toList());
        assertTrue(h.transfers(h.invoice("acme", "z", FINALIZE)).isEmpty());
    }
}
