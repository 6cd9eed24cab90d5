package io.ledgerbridge.model.service;

import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.TestResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Connections and the fate of documents: status per connection, transfers with their ledger, retries, backfills.
 * Scoped like {@link DocumentService}: what lies outside the caller's scope is "not found".
 */
@ProviderType
public interface TransferService {

    /** The connections within the scope. */
    List<ConnectionView> connections(Scope scope);

    Optional<ConnectionView> connection(Scope scope, String connectionId);

    /** Tests a connection now; a success lifts a pause. */
    TestResult testConnection(Scope scope, String connectionId);

    /** The transfers of a document with their ledgers. */
    List<TransferView> transfers(Scope scope, String documentId);

    /** For each document: connection id → transfer status of its export (one status column per connection). */
    Map<String, Map<String, String>> statusColumns(Scope scope, List<String> documentIds);

    /** Queues a failed or skipped transfer again, now. */
    TransferView retry(Scope scope, String transferId);

    /** Queues every failed transfer of a connection again (of one failure kind, or all when null); returns how many. */
    int retryFailed(Scope scope, String connectionId, FailureKind kind);

    /**
     * The documents the connection missed while it was last switched off (those it sends on whose event came in
     * between, never sent to it), so that switching it on again can offer to send exactly those.
     *
     * @throws NotFoundException when the connection is not in scope
     */
    MissedDocuments missedWhileOff(Scope scope, String connectionId);

    /** Counts what a backfill would transfer and estimates how long it takes, without starting it. */
    BackfillView planBackfill(Scope scope, BackfillRequest request);

    /** Starts a backfill at lower priority than live traffic. */
    BackfillView startBackfill(Scope scope, BackfillRequest request, String user);

    Optional<BackfillView> backfill(Scope scope, String jobId);

    List<BackfillView> backfills(Scope scope);

    /** Pauses, resumes or cancels a backfill ("pause", "resume", "cancel"). */
    BackfillView controlBackfill(Scope scope, String jobId, String action);
}
