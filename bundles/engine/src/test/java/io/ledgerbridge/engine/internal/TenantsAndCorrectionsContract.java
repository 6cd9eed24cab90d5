package io.ledgerbridge.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.service.ConflictException;
import io.ledgerbridge.model.service.DocumentQuery;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.Tenant;
import io.ledgerbridge.model.service.ValidationException;
import org.junit.jupiter.api.Test;

/** Whose tenant ids are whose, and which invoice a credit note corrects, on every supported database. */
abstract class TenantsAndCorrectionsContract extends StoreFixture {
    @Test
    void aPartnerAddingAClientNeverLearnsThatAnotherPartnersTenantExists() {
        Scope other = tenants.scopeOf("other");
        // acme's client exists, acme-nobody does not: other gets the same answer for both
        ValidationException taken = assertThrows(
                ValidationException.class, () -> tenants.create(other, new Tenant("acme-client", "Probe", "other")));
        ValidationException free = assertThrows(
                ValidationException.class, () -> tenants.create(other, new Tenant("acme-nobody", "Probe", "other")));
        assertEquals(free.errors(), taken.errors());
        assertTrue(
                taken.errors().get(0).message().startsWith("must start with 'other-'"),
                taken.errors().toString());
        assertEquals(
                "other-bello",
                tenants.create(other, new Tenant("other-bello", "Bello", "other"))
                        .id());
        assertThrows(ConflictException.class, () -> tenants.create(other, new Tenant("other-bello", "B", "other")));
        // no partner id may lie in another partner's namespace, in either direction
        assertThrows(ValidationException.class, () -> tenants.create(Scope.admin(), new Tenant("acme-x", "X", null)));
        assertEquals(
                "big-firm",
                tenants.create(Scope.admin(), new Tenant("big-firm", "Big", null))
                        .id());
        assertThrows(ValidationException.class, () -> tenants.create(Scope.admin(), new Tenant("big", "Big", null)));
        assertEquals(
                "bigger",
                tenants.create(Scope.admin(), new Tenant("bigger", "Bigger", null))
                        .id());
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCorrectsAndNeverCreditsMoreThanItCharged() {
        String invoice = documents
                .create(acme, Samples.invoice("inv-1", "RE-1"))
                .document()
                .id();
        Document first = documents
                .create(acme, Samples.creditNote("cn-1", "GS-1", "inv-1"))
                .document();
        assertEquals(invoice, first.correctedDocumentId());
        assertEquals(invoice, documents.get(acme, first.id()).orElseThrow().correctedDocumentId(), "stored");
        assertEquals(
                first.id(),
                documents
                        .create(acme, Samples.creditNote("cn-1", "GS-1", "inv-1"))
                        .document()
                        .id());
        documents.create(acme, Samples.creditNote("cn-2", "GS-2", "inv-1")); // 2 x 59.50 of 119.00
        ValidationException tooMuch = assertThrows(
                ValidationException.class, () -> documents.create(acme, Samples.creditNote("cn-3", "GS-3", "inv-1")));
        assertEquals("totals.gross", tooMuch.errors().get(0).field());
        assertTrue(
                tooMuch.errors().get(0).message().contains("0.00 left to credit on invoice RE-1"),
                tooMuch.errors().toString());
        ValidationException unknown = assertThrows(
                ValidationException.class, () -> documents.create(acme, Samples.creditNote("cn-4", "GS-4", "nope")));
        assertEquals("correctedInvoice", unknown.errors().get(0).field());
        String otherTenants = documents
                .create(tenants.scopeOf("other"), Samples.invoice("inv-o", "RE-O"))
                .document()
                .id();
        assertThrows(
                ValidationException.class,
                () -> documents.create(acme, Samples.creditNote("cn-5", "GS-5", "inv-o")),
                "another tenant's invoice is not found: " + otherTenants);
        assertEquals(3, documents.list(acme, DocumentQuery.all()).items().size(), "nothing stored on refusal");
    }
}
