package io.ledgerbridge.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.db.Migrator;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.DocumentStatus;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.DocumentWarning;
import io.ledgerbridge.model.LifecycleAction;
import io.ledgerbridge.model.LineItem;
import io.ledgerbridge.model.PaymentStatus;
import io.ledgerbridge.model.Totals;
import io.ledgerbridge.model.service.ConflictException;
import io.ledgerbridge.model.service.CreateResult;
import io.ledgerbridge.model.service.DocumentQuery;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Page;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.Tenant;
import io.ledgerbridge.model.service.ValidationException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The store's behaviour, run against every supported database. */
abstract class StoreContract extends StoreFixture {
    @Test
    void migrationsRunOnceAndRefuseAChangedHistory() throws SQLException {
        new Database(dataSource); // second start: nothing to do, no error
        assertEquals(Migrator.SCRIPTS.length, count("SELECT COUNT(*) FROM schema_version"));
        exec("UPDATE schema_version SET checksum = 'x' WHERE version = 1");
        SQLException e = assertThrows(SQLException.class, () -> new Database(dataSource));
        assertTrue(e.getMessage().contains("was changed after it was applied"), e.getMessage());
        exec("INSERT INTO schema_version VALUES (99, 'V99__future.sql', 'x', CURRENT_TIMESTAMP)");
        e = assertThrows(SQLException.class, () -> new Database(dataSource));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    }

    @Test
    void createIsIdempotentOnTenantAndSourceId() throws SQLException {
        CreateResult first = documents.create(acme, Samples.invoice("src-1", "RE-1"));
        CreateResult again = documents.create(acme, Samples.invoice("src-1", "RE-1"));
        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.document().id(), again.document().id());
        assertEquals("acme", first.document().tenantId());
        ConflictException changed =
                assertThrows(ConflictException.class, () -> documents.create(acme, Samples.invoice("src-1", "RE-2")));
        assertTrue(changed.getMessage().contains("already used"), changed.getMessage());
        assertEquals(1, count("SELECT COUNT(*) FROM document"));
        // the same source id in another tenant is another document
        documents.create(acme, Samples.invoice("src-1", "RE-1").withTenant("acme-client"));
        assertEquals(2, count("SELECT COUNT(*) FROM document"));
    }

    @Test
    void aRepeatWithNumbersSpelledDifferentlyIsTheSameDocument() {
        DocumentDraft d = Samples.invoice("src-spelling", "RE-SP");
        Document first = documents.create(acme, d).document();
        LineItem line = d.lines().get(0);
        DocumentDraft respelled = new DocumentDraft(
                d.tenantId(),
                d.sourceId(),
                d.type(),
                d.direction(),
                d.number(),
                d.issueDate(),
                d.deliveryDate(),
                d.dueDate(),
                d.currency(),
                List.of(new LineItem(
                        line.description(),
                        new BigDecimal("2.000"),
                        line.unit(),
                        new BigDecimal("50.0"),
                        new BigDecimal("19.00"))),
                new Totals(new BigDecimal("100"), new BigDecimal("19.0"), new BigDecimal("119.000")),
                d.party(),
                d.tags(),
                d.attachments());
        CreateResult again = documents.create(acme, respelled);
        assertFalse(again.created(), "150.0 and 150.00 are the same amount");
        assertEquals(first.id(), again.document().id());
    }

    @Test
    void aStoredDocumentReadsBackExactly() {
        DocumentDraft draft = Samples.invoice("src-2", "RE-2");
        Document stored = documents.create(acme, draft).document();
        Document read = documents.get(acme, stored.id()).orElseThrow();
        assertEquals(stored, read);
        assertEquals(0, read.totals().gross().compareTo(draft.totals().gross()));
        assertEquals("119.00", read.totals().gross().toPlainString());
        assertEquals(draft.lines(), read.lines());
        assertEquals(draft.party(), read.party());
        assertEquals(List.of("dogs", "berlin"), read.tags());
    }

    @Test
    void aSecondDocumentWithTheSameNumberIsStoredWithAWarningNamingTheFirst() {
        Document first =
                documents.create(acme, Samples.invoice("erp-1", "RE-7")).document();
        DocumentDraft fromAnotherProgram = Samples.invoice("other-program-1", "RE-7");
        Document second = documents.create(acme, fromAnotherProgram).document();

        assertEquals(List.of(), first.warnings());
        assertEquals(1, second.warnings().size());
        DocumentWarning w = second.warnings().get(0);
        assertEquals(DocumentWarning.DUPLICATE_NUMBER, w.code());
        assertEquals("number", w.field());
        assertTrue(
                w.message()
                        .startsWith("another sales invoice of this tenant already has the number RE-7 (document "
                                + first.id() + ", submitted through the API on "),
                w.message());
        assertEquals(second, documents.get(acme, second.id()).orElseThrow(), "the warning is kept");
        assertEquals(
                List.of(),
                documents
                        .create(acme, Samples.invoice("erp-2", "RE-8"))
                        .document()
                        .warnings());
        assertEquals(
                List.of(),
                documents
                        .create(
                                tenants.scopeOf("other"),
                                Samples.invoice("x-1", "RE-7").withTenant("other"))
                        .document()
                        .warnings(),
                "another tenant's numbers are its own");
    }

    @Test
    void aLinkBackToTheErpIsKept() {
        DocumentDraft d = Samples.invoice("src-url", "RE-URL");
        DocumentDraft linked = d.withSourceUrl("https://erp.example.com/invoices/42");
        Document stored = documents.create(acme, linked).document();
        assertEquals(
                "https://erp.example.com/invoices/42",
                documents.get(acme, stored.id()).orElseThrow().sourceUrl());
    }

    @Test
    void attachmentsAreStoredOnceByContentHash() throws SQLException {
        Document a = documents.create(acme, Samples.invoice("src-a", "RE-A")).document();
        Document b = documents.create(acme, Samples.invoice("src-b", "RE-B")).document();
        assertEquals(a.attachments().get(0).sha256(), b.attachments().get(0).sha256());
        assertEquals(1, count("SELECT COUNT(*) FROM attachment_content"));
        byte[] content = documents
                .attachmentContent(acme, a.id(), a.attachments().get(0).sha256())
                .orElseThrow();
        assertEquals("%PDF-1.4 sample", new String(content));
        Scope other = tenants.scopeOf("other");
        assertTrue(documents
                .attachmentContent(other, a.id(), a.attachments().get(0).sha256())
                .isEmpty());
    }

    @Test
    void invalidInputStoresNothing() throws SQLException {
        DocumentDraft d = Samples.invoice("src-x", "");
        ValidationException e = assertThrows(ValidationException.class, () -> documents.create(acme, d));
        assertEquals("number", e.errors().get(0).field());
        assertEquals(0, count("SELECT COUNT(*) FROM document"));
        assertThrows(
                NotFoundException.class,
                () -> documents.create(acme, Samples.invoice("s", "1").withTenant("other")));
        assertThrows(
                NotFoundException.class,
                () -> documents.create(acme, Samples.invoice("s", "1").withTenant("nope")));
        assertThrows(ValidationException.class, () -> documents.create(Scope.admin(), Samples.invoice("s", "1")));
    }

    @Test
    void lifecycleMovesAreRecordedAsEvents() throws SQLException {
        String id = documents
                .create(acme, Samples.invoice("src-3", "RE-3"))
                .document()
                .id();
        documents.apply(acme, id, LifecycleAction.FINALIZE);
        Document paid = documents.apply(acme, id, LifecycleAction.MARK_PAID);
        assertEquals(DocumentStatus.FINALIZED, paid.state().status());
        assertEquals(PaymentStatus.PAID, paid.state().paymentStatus());
        assertEquals(paid.state(), documents.get(acme, id).orElseThrow().state());
        ConflictException e =
                assertThrows(ConflictException.class, () -> documents.apply(acme, id, LifecycleAction.CANCEL));
        assertEquals("a paid document cannot be cancelled; issue a credit note instead", e.getMessage());
        assertEquals(3, count("SELECT COUNT(*) FROM document_event WHERE document_id = '" + id + "'"));
    }

    @Test
    void partnersSeeTheirClientsButNotOtherPartners() {
        String clientDoc = documents
                .create(acme, Samples.invoice("c-1", "RE-C1").withTenant("acme-client"))
                .document()
                .id();
        Scope other = tenants.scopeOf("other");
        Scope client = tenants.scopeOf("acme-client");
        assertTrue(documents.get(acme, clientDoc).isPresent());
        assertTrue(documents.get(client, clientDoc).isPresent());
        assertTrue(documents.get(other, clientDoc).isEmpty());
        assertThrows(NotFoundException.class, () -> documents.apply(other, clientDoc, LifecycleAction.FINALIZE));
        assertEquals(0, documents.list(other, DocumentQuery.all()).items().size());
        assertEquals(
                Set.of("acme", "acme-client"),
                tenants.list(acme).stream().map(Tenant::id).collect(java.util.stream.Collectors.toSet()));
        assertEquals(3, tenants.list(Scope.admin()).size());
    }

    @Test
    void listFiltersAndPagesStably() {
        for (int i = 0; i < 7; i++) {
            documents.create(acme, Samples.invoice("p-" + i, "RE-P" + i));
        }
        documents.create(acme, Samples.receipt("r-1"));
        DocumentQuery page1 =
                new DocumentQuery(null, DocumentType.SALES_INVOICE, null, null, null, null, null, null, 3, null);
        Page<Document> first = documents.list(acme, page1);
        documents.create(acme, Samples.invoice("p-new", "RE-NEW")); // must not shift the following pages
        List<String> numbers = new ArrayList<>();
        Page<Document> page = first;
        while (true) {
            page.items().forEach(d -> numbers.add(d.number()));
            if (page.nextCursor() == null) {
                break;
            }
            page = documents.list(
                    acme,
                    new DocumentQuery(
                            null,
                            DocumentType.SALES_INVOICE,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            3,
                            page.nextCursor()));
        }
        assertEquals(List.of("RE-P6", "RE-P5", "RE-P4", "RE-P3", "RE-P2", "RE-P1", "RE-P0"), numbers);
        assertEquals(
                1,
                documents
                        .list(acme, new DocumentQuery(null, null, null, null, null, "travel", null, null, 50, null))
                        .items()
                        .size());
        assertEquals(
                0,
                documents
                        .list(
                                acme,
                                new DocumentQuery(
                                        null, null, null, null, null, null, LocalDate.of(2027, 1, 1), null, 50, null))
                        .items()
                        .size());
        Page<Document> last =
                documents.list(acme, new DocumentQuery(null, null, null, null, null, null, null, null, 9, null));
        assertEquals(9, last.items().size());
        assertNull(last.nextCursor());
    }

    @Test
    void concurrentSubmissionsOfOneSourceIdMakeOneDocument() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> documents
                        .create(acme, Samples.invoice("race", "RE-R"))
                        .document()
                        .id());
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertEquals(1, ids.size());
            assertEquals(1, count("SELECT COUNT(*) FROM document"));
        } finally {
            pool.shutdownNow();
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void exec(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
