package io.ledgerbridge.engine.internal.transfer;

import static io.ledgerbridge.model.LifecycleAction.FINALIZE;
import static io.ledgerbridge.model.LifecycleAction.MARK_PAID;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.Samples;
import io.ledgerbridge.engine.internal.TestDatabases;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.service.DocumentQuery;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.ValidationException;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.DocumentRequirement;
import io.ledgerbridge.model.spi.RateBudget;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a connector requires of a document is checked before any call: a document that lacks it is held as "needs
 * attention" with the reason, can be listed, and is delivered once the ERP corrects it.
 */
class DataQualityTest {
    private static final Scope ADMIN = Scope.admin();
    private EngineHarness h;
    private TestEndpoint endpoint;
    private HttpTestConnector connector;

    @BeforeEach
    void setUp() throws Exception {
        h = new EngineHarness(TestDatabases.h2(), EngineHarness.FAST);
        endpoint = new TestEndpoint();
        connector = new HttpTestConnector(
                endpoint.url(), RateBudget.MODERATE, Set.of(Capability.EXPORT, Capability.PAYMENT_STATUS));
        connector.requirements =
                new DocumentRequirement[] {DocumentRequirement.RECIPIENT_EMAIL, DocumentRequirement.UNIQUE_NUMBER};
        h.installed.put("crm", connector);
        h.connect("crm", "acme");
    }

    @AfterEach
    void tearDown() throws Exception {
        h.close();
        endpoint.close();
    }

    @Test
    void anInvoiceWithoutEMailIsHeldUntriedThenDeliveredOnceCorrected() {
        String id = submit(withEmail(Samples.invoice("no-mail", "RE-1"), null));

        Transfer held = h.awaitStatus(id, "crm", TransferStatus.NEEDS_ATTENTION);
        assertEquals(0, endpoint.totalCreates(), "nothing reached the target");
        assertEquals(0, connector.requests.size(), "the connector was not even called");
        assertEquals(
                "the customer has no e-mail address: Test target can only assign sales invoices to a customer by "
                        + "e-mail. Add the e-mail address to the customer's contact in the ERP and correct the "
                        + "document's party; it is sent then",
                held.lastMessage());
        assertEquals(List.of(id), attention());
        assertEquals(
                List.of("HELD"),
                h.attempts(held.id()).stream()
                        .map(AttemptStore.Attempt::outcome)
                        .toList());

        h.documents.updateParty(ADMIN, id, Samples.invoice("x", "x").party());

        h.awaitStatus(id, "crm", TransferStatus.DELIVERED);
        assertEquals(1, endpoint.totalCreates());
        assertEquals(List.of(), attention());
    }

    @Test
    void aSecondInvoiceWithTheSameNumberIsHeldAndTheFirstDelivered() {
        String first = submit(Samples.invoice("erp-1", "RE-7"));
        String second = submit(Samples.invoice("other-program-1", "RE-7"));

        h.awaitStatus(first, "crm", TransferStatus.DELIVERED);
        Transfer held = h.awaitStatus(second, "crm", TransferStatus.NEEDS_ATTENTION);
        assertTrue(
                held.lastMessage()
                        .startsWith("another sales invoice of this tenant has the number RE-7: Test target "
                                + "tells documents apart by their number"),
                held.lastMessage());
        assertEquals(1, endpoint.totalCreates());
    }

    /** Marked paid, the held second invoice would overwrite the first at a target that keys invoices by number. */
    @Test
    void aPaymentOfTheHeldSecondInvoiceIsHeldTooAndNeverReachesTheTarget() {
        String first = submit(Samples.invoice("erp-1", "RE-8"));
        h.awaitStatus(first, "crm", TransferStatus.DELIVERED);
        String second = submit(Samples.invoice("other-program-1", "RE-8"));
        h.awaitStatus(second, "crm", TransferStatus.NEEDS_ATTENTION);

        h.documents.apply(ADMIN, second, MARK_PAID);

        await().atMost(Duration.ofSeconds(20)).until(() -> h.transfers(second).stream()
                .anyMatch(t -> t.purpose() == Purpose.PAYMENT && t.status() == TransferStatus.NEEDS_ATTENTION));
        assertEquals(
                List.of(first),
                connector.requests.stream().map(r -> r.document().id()).toList(),
                "only the first invoice reached the connector");
    }

    @Test
    void aCorrectionWithAnInvalidAddressIsRefusedAndChangesNothing() {
        String id = submit(withEmail(Samples.invoice("bad-mail", "RE-2"), null));
        h.awaitStatus(id, "crm", TransferStatus.NEEDS_ATTENTION);

        ValidationException e = assertThrows(
                ValidationException.class,
                () -> h.documents.updateParty(
                        ADMIN,
                        id,
                        withEmail(Samples.invoice("x", "x"), "anna.example.com").party()));

        assertEquals("party.email", e.errors().get(0).field());
        assertEquals(null, h.documents.get(ADMIN, id).orElseThrow().party().email());
        assertEquals(TransferStatus.NEEDS_ATTENTION, h.transfers(id).get(0).status());
    }

    @Test
    void aConnectorWithoutRequirementsTakesTheInvoiceAsItIs() {
        connector.requirements = new DocumentRequirement[0];
        String id = submit(withEmail(Samples.invoice("no-mail-ok", "RE-3"), null));
        h.awaitStatus(id, "crm", TransferStatus.DELIVERED);
    }

    private String submit(DocumentDraft draft) {
        String id =
                h.documents.create(ADMIN, draft.withTenant("acme")).document().id();
        h.documents.apply(ADMIN, id, FINALIZE);
        return id;
    }

    private List<String> attention() {
        DocumentQuery q =
                new DocumentQuery(null, null, null, null, null, null, null, null, 50, null, "NEEDS_ATTENTION");
        return h.documents.list(ADMIN, q).items().stream().map(d -> d.id()).toList();
    }

    private static DocumentDraft withEmail(DocumentDraft d, String email) {
        Party p = d.party();
        Party changed = new Party(
                email,
                p.companyName(),
                p.title(),
                p.firstName(),
                p.lastName(),
                p.street(),
                p.zip(),
                p.city(),
                p.country(),
                p.phone(),
                p.vatId(),
                p.customerNumber());
        return d.withParty(changed);
    }
}
