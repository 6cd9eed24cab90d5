package io.ledgerbridge.engine.internal.transfer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.engine.internal.Samples;
import io.ledgerbridge.engine.internal.TestDatabases;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentStatus;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.service.ConnectionStatusDetail;
import io.ledgerbridge.model.service.DocumentQuery;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.ImportBatch;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.RateBudget;
import io.ledgerbridge.model.spi.TestResult;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Imports: paged from a persisted cursor, with the connection's defaults, deduplicated, routed onward. */
class ImportTest {
    private EngineHarness h;
    private TestEndpoint endpoint;
    private final PagedSource source = new PagedSource();

    /** A target holding three pages of invoices. */
    static final class PagedSource implements Connector {
        final List<String> cursorsAsked = new CopyOnWriteArrayList<>();
        volatile Outcome.Failed failure;

        @Override
        public ConnectorInfo describe() {
            return new ConnectorInfo(
                    "source", "Source", "test", "imports", Set.of(Capability.IMPORT), RateBudget.MODERATE);
        }

        @Override
        public TestResult test(ConnectionContext context) {
            return TestResult.success("ok");
        }

        @Override
        public Outcome export(ConnectionContext context, ExportRequest request) {
            return new Outcome.Unsupported("import only");
        }

        @Override
        public ImportBatch importSince(ConnectionContext context, String cursor) {
            cursorsAsked.add(String.valueOf(cursor));
            if (failure != null) {
                return ImportBatch.failed(failure, cursor);
            }
            int page = cursor == null ? 0 : Integer.parseInt(cursor);
            if (page >= 3) {
                return new ImportBatch(List.of(), cursor, false, null);
            }
            List<ImportBatch.Imported> docs = List.of(doc(page * 2), doc(page * 2 + 1));
            return new ImportBatch(docs, Integer.toString(page + 1), page + 1 < 3, null);
        }

        private static ImportBatch.Imported doc(int n) {
            var d = Samples.invoice(null, "BM-" + n);
            return new ImportBatch.Imported(
                    "bm-" + n,
                    new io.ledgerbridge.model.DocumentDraft(
                            null,
                            null,
                            null,
                            d.direction(),
                            d.number(),
                            d.issueDate(),
                            null,
                            null,
                            d.currency(),
                            d.lines(),
                            d.totals(),
                            d.party(),
                            List.of(),
                            null));
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        h = new EngineHarness(TestDatabases.h2(), EngineHarness.FAST);
        endpoint = new TestEndpoint();
        h.installed.put("in", source);
        h.installed.put("out", new HttpTestConnector(endpoint.url(), RateBudget.MODERATE, Set.of(Capability.EXPORT)));
        h.connect("out", "acme-client");
        h.connectAs(
                "source",
                "in",
                "acme",
                "role",
                "import",
                "importTenant",
                "acme-client",
                "importDocumentType",
                "SALES_INVOICE",
                "importTags",
                "billomat",
                "importIntervalMinutes",
                "60");
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

    private List<Document> imported() {
        return h.documents
                .list(
                        Scope.admin(),
                        new DocumentQuery("acme-client", null, null, null, null, "billomat", null, null, 100, null))
                .items();
    }

    @Test
    void pagesAreImportedWithDefaultsAndFlowOnward() {
        await().atMost(Duration.ofSeconds(10)).until(() -> imported().size() == 6);
        List<Document> docs = imported();
        assertTrue(docs.stream()
                .allMatch(d -> d.type() == DocumentType.SALES_INVOICE
                        && d.source().imported()
                        && d.state().status() == DocumentStatus.FINALIZED
                        && d.tags().contains("billomat")));
        assertEquals("bm-0", docs.get(docs.size() - 1).source().remoteId());
        await().atMost(Duration.ofSeconds(10)).until(() -> endpoint.totalCreates() == 6);
        assertEquals(List.of("null", "1", "2"), source.cursorsAsked.subList(0, 3));

        // the next run starts from the stored cursor and re-imports nothing twice
        makeDue();
        h.engine.imports().runDue();
        assertEquals("3", source.cursorsAsked.get(source.cursorsAsked.size() - 1));
        resetCursor();
        h.engine.imports().runDue();
        assertEquals(6, imported().size(), "re-imports are deduplicated on the remote id");
        assertTrue(
                h.state("in").message().contains("0 imported, 6 already there"),
                h.state("in").message());
    }

    @Test
    void aFailedImportKeepsTheCursorAndPausesOnAuth() {
        await().atMost(Duration.ofSeconds(10)).until(() -> imported().size() == 6);
        source.failure = new Outcome.Failed(FailureKind.AUTH, "the API key was rejected", null, null);
        makeDue();
        h.engine.imports().runDue();
        assertTrue(h.state("in").paused());
        assertEquals(ConnectionStatusDetail.AUTH_ERROR, h.state("in").detail());
        String cursor = h.db.inTransaction(c -> {
            try (var p = c.prepareStatement("SELECT cursor_value FROM import_cursor WHERE connection_id = 'in'");
                    var rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertEquals("3", cursor);
    }

    private void makeDue() {
        sql("UPDATE import_cursor SET last_run_at = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00'");
    }

    private void resetCursor() {
        sql("UPDATE import_cursor SET cursor_value = NULL, last_run_at = NULL");
    }

    private void sql(String statement) {
        h.db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(statement)) {
                return p.executeUpdate();
            }
        });
    }
}
