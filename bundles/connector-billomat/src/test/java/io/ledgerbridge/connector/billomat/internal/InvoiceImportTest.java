package io.ledgerbridge.connector.billomat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.ImportBatch;
import io.ledgerbridge.sandbox.BillomatSimulator;
import io.ledgerbridge.sandbox.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Import paging against the simulator: no pages, one, many, the single-element quirk, drafts, deletions, quota. */
class InvoiceImportTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-02T10:00:10Z"));
    private BillomatSimulator billomat =
            BillomatSimulator.builder().clock(clock).start();
    private BillomatConnector connector = connector();
    private final FakeContext context = Configs.context(BillomatSimulator.SANDBOX_API_KEY);
    private final SimSeeder seed = new SimSeeder(billomat, clock);

    private BillomatConnector connector() {
        return new BillomatConnector(Configs.sandbox(billomat.rootUrl(), "role", "import"), clock);
    }

    @AfterEach
    void stop() {
        connector.deactivate();
        seed.close();
        billomat.close();
    }

    /** Seeding used up much of the window; the import starts with a full one (changed settings count afresh). */
    private void freshWindow() {
        billomat.setRateLimit(Duration.ofMinutes(15), 300, 1000);
    }

    /** Runs batches while the connector says there is more, as the engine does. */
    private List<String> importAll(String[] cursor) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ImportBatch batch = connector.importSince(context, cursor[0]);
            assertNull(batch.failure(), () -> batch.failure().message());
            batch.documents().forEach(imported -> ids.add(imported.remoteId()));
            cursor[0] = batch.nextCursor();
            if (!batch.more()) {
                return ids;
            }
        }
        throw new AssertionError("the import did not end");
    }

    @Test
    void anEmptyAccountGivesAnEmptyBatch() {
        ImportBatch batch = connector.importSince(context, null);
        assertTrue(batch.documents().isEmpty());
        assertFalse(batch.more());
        assertEquals("v1;last=0;seen=0;drafts=", batch.nextCursor());
        assertEquals(1, billomat.control().requests().size(), "one list call: {\"invoice\":\"\"}");
    }

    @Test
    void oneInvoiceIsReadFromTheSingleObjectQuirk() {
        String id = seed.completed("RE-1");
        ImportBatch batch = connector.importSince(context, null);
        assertEquals(1, batch.documents().size());
        assertEquals(id, batch.documents().get(0).remoteId());
        assertEquals("billomat:sandbox:" + id, batch.documents().get(0).draft().sourceId());
        assertFalse(batch.more());
        assertTrue(
                connector.importSince(context, batch.nextCursor()).documents().isEmpty(), "nothing new");
    }

    @Test
    void aCursorPastTheEndJumpsToTheLastPageInsteadOfWalkingBackPageByPage() {
        seed.completed("RE-1");
        billomat.control().clearRequests();
        ImportBatch batch = connector.importSince(context, "v1;last=999999;seen=100000;drafts=");
        assertTrue(batch.documents().isEmpty());
        assertFalse(batch.more());
        assertEquals(2, billomat.control().requests().size(), "the page of the cursor, then the last page");
    }

    @Test
    void manyPagesAreImportedBatchByBatchEachInvoiceOnce() {
        for (int i = 1; i <= 120; i++) {
            seed.completed("RE-" + i);
        }
        freshWindow();
        String[] cursor = {null};
        ImportBatch first = connector.importSince(context, cursor[0]);
        assertEquals(InvoiceImport.PER_PAGE, first.documents().size());
        assertTrue(first.more());
        cursor[0] = first.nextCursor();
        List<String> rest = importAll(cursor);
        assertEquals(70, rest.size());
        assertEquals(120, rest.stream().distinct().count() + first.documents().size());
        String newest = seed.completed("RE-121");
        assertEquals(List.of(newest), importAll(cursor), "later runs bring only what is new");
    }

    @Test
    void draftsAreImportedOnceCompletedAndCancelledInvoicesNever() {
        String done = seed.completed("RE-1");
        String draft = seed.draft("RE-2");
        String cancelled = seed.completed("RE-3");
        seed.cancel(cancelled);
        String[] cursor = {null};
        assertEquals(List.of(done), importAll(cursor));
        assertTrue(cursor[0].endsWith("drafts=" + draft), cursor[0]);
        assertEquals(List.of(), importAll(cursor), "still a draft");
        seed.complete(draft);
        assertEquals(List.of(draft), importAll(cursor));
        assertTrue(cursor[0].endsWith("drafts="), cursor[0]);
    }

    @Test
    void deletedDraftsMoveInvoicesToEarlierPagesAndNoneIsSkipped() {
        String firstDraft = seed.draft("RE-1");
        String secondDraft = seed.draft("RE-2");
        for (int i = 3; i <= 51; i++) {
            seed.completed("RE-" + i);
        }
        freshWindow();
        String[] cursor = {null};
        assertEquals(49, importAll(cursor).size());
        String a = seed.completed("RE-52");
        String b = seed.completed("RE-53");
        seed.delete(firstDraft);
        seed.delete(secondDraft);
        assertEquals(List.of(a, b), importAll(cursor), "RE-52 moved onto page 1 and was still found");
        assertTrue(cursor[0].endsWith("drafts="), "deleted drafts are forgotten: " + cursor[0]);
    }

    @Test
    void theImportKeepsAFifthOfTheWindowForExportsAndContinuesInTheNext() {
        for (int i = 1; i <= 20; i++) {
            seed.completed("RE-" + i);
        }
        billomat.setRateLimit(Duration.ofMinutes(15), 75, 1000); // counting starts afresh
        billomat.control().clearRequests();
        String[] cursor = {null};
        List<String> early = importAll(cursor);
        assertTrue(early.size() > 0 && early.size() < 20, early.size() + " imported");
        assertTrue(billomat.control().requests().stream().noneMatch(r -> r.status() == 429));
        ImportBatch held = connector.importSince(context, cursor[0]);
        assertEquals(FailureKind.RATE_LIMITED, held.failure().kind());
        assertNotNull(held.failure().retryAfter());
        assertEquals(cursor[0], held.nextCursor(), "a failed batch keeps the cursor");
        clock.advance(Duration.ofMinutes(15));
        List<String> late = importAll(cursor);
        assertEquals(20, early.size() + late.size());
        assertTrue(late.stream().noneMatch(early::contains));
    }
}
