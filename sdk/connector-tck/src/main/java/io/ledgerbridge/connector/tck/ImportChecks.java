package io.ledgerbridge.connector.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ImportBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/** Imports, as Airbyte's acceptance tests check sources: reads are repeatable, end quietly and page exactly. */
final class ImportChecks {
    private static final int MAX_BATCHES = 200;
    /** A read past the end needs a few calls, not one per page back to the start. */
    private static final Duration FUTURE_READ = Duration.ofSeconds(10);

    private final Fixture fixture;
    private final ConnectorTck tck;

    ImportChecks(Fixture fixture, ConnectorTck tck) {
        this.fixture = fixture;
        this.tck = tck;
    }

    void twoReadsFromTheSameCursorGiveTheSameDocuments() {
        seeded();
        Connector connector = importer();
        FakeContext context = fixture.context();
        ImportBatch first = read(connector, context, null);
        assertEquals(
                ids(first),
                ids(read(connector, context, null)),
                () -> fixture.name() + ": two reads from the start gave different documents");
        assertTrue(first.more(), () -> fixture.name() + ": seedImport() must seed more than one batch holds");
        ImportBatch second = read(connector, context, first.nextCursor());
        assertEquals(
                ids(second),
                ids(read(connector, context, first.nextCursor())),
                () -> fixture.name() + ": two reads from the cursor " + first.nextCursor()
                        + " gave different documents");
        assertEquals(
                second.nextCursor(),
                read(connector, context, first.nextCursor()).nextCursor(),
                () -> fixture.name() + ": two reads from the same cursor moved it to different places");
    }

    void aCursorFromTheFutureYieldsNothing() {
        seeded();
        String future = tck.futureCursor();
        Connector connector = importer();
        FakeContext context = fixture.context();
        ImportBatch batch =
                fixture.call("importSince(" + future + ")", FUTURE_READ, () -> connector.importSince(context, future));
        assertNull(batch.failure(), () -> fixture.name() + ": a cursor from the future failed: " + batch.failure());
        assertTrue(
                batch.documents().isEmpty(),
                () -> fixture.name() + ": a cursor from the future (" + future + ") gave " + ids(batch));
        assertFalse(batch.more(), () -> fixture.name() + ": a cursor from the future says there is more");
    }

    void pagingNeverSkipsOrRepeats() {
        List<String> seeded = seeded();
        Connector connector = importer();
        FakeContext context = fixture.context();
        List<String> read = new ArrayList<>();
        String cursor = null;
        int batches = 0;
        ImportBatch batch;
        do {
            batch = read(connector, context, cursor);
            read.addAll(ids(batch));
            cursor = batch.nextCursor();
            batches++;
        } while (batch.more() && batches < MAX_BATCHES);
        assertFalse(batch.more(), () -> fixture.name() + ": the import did not end after " + MAX_BATCHES + " batches");
        assertTrue(
                batches > 1,
                () -> fixture.name() + ": everything came in one batch, so paging was not "
                        + "exercised: seedImport() must seed more than one batch holds");
        Set<String> distinct = new HashSet<>();
        List<String> repeated = read.stream().filter(id -> !distinct.add(id)).toList();
        assertTrue(repeated.isEmpty(), () -> fixture.name() + ": paging repeated " + repeated);
        List<String> skipped =
                seeded.stream().filter(id -> !distinct.contains(id)).toList();
        assertTrue(skipped.isEmpty(), () -> fixture.name() + ": paging skipped " + skipped);
        assertTrue(
                read(connector, context, cursor).documents().isEmpty(),
                () -> fixture.name() + ": reading on from the last cursor gave documents again");
    }

    private List<String> seeded() {
        Assumptions.assumeTrue(
                fixture.info().capabilities().contains(Capability.IMPORT),
                () -> fixture.name() + " does not import (no IMPORT capability)");
        List<String> ids = tck.seedImport();
        assertTrue(ids.size() > 1, () -> fixture.name() + ": seedImport() seeded " + ids);
        return ids;
    }

    private Connector importer() {
        return fixture.connector(tck.importSettings(fixture.baseUrl()));
    }

    private ImportBatch read(Connector connector, FakeContext context, String cursor) {
        ImportBatch batch = fixture.importSince(connector, context, cursor);
        assertNull(
                batch.failure(), () -> fixture.name() + ": the import from " + cursor + " failed: " + batch.failure());
        return batch;
    }

    private static List<String> ids(ImportBatch batch) {
        return batch.documents().stream().map(ImportBatch.Imported::remoteId).toList();
    }
}
