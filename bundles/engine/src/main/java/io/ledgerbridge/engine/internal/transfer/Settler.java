package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.ConnectionKeys;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.model.spi.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records attempt outcomes in groups: everything that finished while the previous group was being committed goes
 * into the next transaction (group commit), so delivery is not limited to one commit per document. If a group
 * cannot be written its transfers keep their lease, expire and are retried as uncertain: nothing is lost.
 */
final class Settler {
    private static final Logger LOG = LoggerFactory.getLogger(Settler.class);
    private static final int MAX_GROUP = 500;

    /** One finished attempt waiting to be recorded. */
    record Result(
            Connection connection,
            Transfer transfer,
            Outcome outcome,
            Settlement settlement,
            AttemptStore.Attempt attempt,
            String remoteId,
            String remoteUrl,
            Instant ended) {}

    private final BlockingQueue<Result> queue = new LinkedBlockingQueue<>();
    private final Database db;
    private final TransferStore store;
    private final EventSink events;
    private final String owner;
    private final Runnable afterGroup;
    private final OutcomeStatus connectionStatus = new OutcomeStatus();
    private final DocumentAccess documents;
    private volatile boolean running;
    private Thread thread;

    Settler(
            Database db,
            TransferStore store,
            DocumentAccess documents,
            EventSink events,
            String owner,
            Runnable afterGroup) {
        this.db = db;
        this.store = store;
        this.events = events;
        this.owner = owner;
        this.afterGroup = afterGroup;
        this.documents = documents;
    }

    void submit(Result result) {
        queue.add(result);
    }

    void start() {
        running = true;
        thread = new Thread(this::loop, "ledgerbridge-settler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running || !queue.isEmpty()) {
            try {
                Result first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Result> group = new ArrayList<>();
                    group.add(first);
                    queue.drainTo(group, MAX_GROUP - 1);
                    write(group);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void write(List<Result> group) {
        List<Result> kept;
        try {
            kept = db.inTransaction(c -> {
                List<Result> mine = new ArrayList<>();
                for (Result r : group) {
                    AttemptStore.append(c, r.attempt());
                    Settlement s = r.settlement();
                    String kind = s.kind() == null ? null : s.kind().name();
                    if (store.settle(
                            c,
                            r.transfer().id(),
                            owner,
                            s.status(),
                            s.nextAttemptAt(),
                            s.uncertain(),
                            r.remoteId(),
                            r.remoteUrl(),
                            kind,
                            s.message(),
                            r.ended(),
                            s.countAttempt())) {
                        connectionStatus.record(c, r.connection(), r.outcome(), s, r.ended());
                        archiveIfAsked(c, r);
                        mine.add(r);
                    } else {
                        LOG.warn(
                                "Transfer {} was taken over by another node while it was being delivered; "
                                        + "its outcome is in the ledger",
                                r.transfer().id());
                    }
                }
                return mine;
            });
        } catch (RuntimeException e) {
            LOG.error(
                    "Cannot record {} delivery outcome(s); they are retried after their lease: {}",
                    group.size(),
                    e.toString());
            return;
        }
        for (Result r : kept) {
            Settlement s = r.settlement();
            events.settled(
                    r.transfer(), s.status(), s.kind() == null ? null : s.kind().name(), s.message());
        }
        afterGroup.run();
    }

    /** "Archive after transfer": a delivered export marks its document archived, in the same transaction. */
    private void archiveIfAsked(java.sql.Connection c, Result r) throws java.sql.SQLException {
        if (r.settlement().status() == TransferStatus.DELIVERED
                && r.transfer().purpose() == Purpose.EXPORT
                && "true".equalsIgnoreCase(r.connection().property(ConnectionKeys.ARCHIVE_AFTER_TRANSFER))) {
            documents.addTag(c, r.transfer().documentId(), ConnectionKeys.ARCHIVED_TAG);
        }
    }

    /** Stops after recording what is queued. */
    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(10_000);
        }
    }
}
