package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.SecretBox;
import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.Capability;
import io.ledgerbridge.model.spi.Connector;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;

/** Runs one attempt of a transfer: calls the connector and hands the outcome to the {@link Settler}. */
final class Attempts {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Attempts.class);

    private final Database db;
    private final SecretBox secrets;
    private final DocumentAccess documents;
    private final DeliverySettings settings;
    private final Clock clock;
    private final Backoff backoff;
    private final Settler settler;
    private final java.util.function.Consumer<String> onPause;

    Attempts(
            Database db,
            SecretBox secrets,
            DocumentAccess documents,
            DeliverySettings settings,
            Clock clock,
            Settler settler,
            java.util.function.Consumer<String> onPause) {
        this.db = db;
        this.secrets = secrets;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
        this.settler = settler;
        this.onPause = onPause;
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffCap(), new Random());
    }

    void run(Connection conn, Connector connector, RateGate gate, Transfer t) {
        Instant started = clock.instant();
        Optional<Document> doc;
        try {
            doc = db.inTransaction(c -> documents.find(c, t.documentId()));
        } catch (RuntimeException e) {
            // the database failed before the connector was called: free the connection's slot at once, else each
            // such failure would take one for good and the connection would stop delivering once its cap is used up;
            // the transfer keeps its lease and is tried again after it
            gate.release(null, null, clock.instant());
            throw e;
        }
        Optional<String> unmet = doc.flatMap(d -> DocumentChecks.unmet(d, connector.describe()));
        Outcome outcome = doc.isEmpty()
                ? Outcome.failed(FailureKind.NOT_FOUND, "the document no longer exists")
                : unmet.isPresent()
                        ? Outcome.failed(FailureKind.VALIDATION, unmet.get())
                        : call(conn, connector, t, doc.get());
        Instant ended = clock.instant();
        Duration retryAfter = outcome instanceof Outcome.Failed f ? f.retryAfter() : null;
        gate.release(outcome.rateLimit(), retryAfter, ended);
        Settlement s = unmet.isPresent()
                ? Settlement.needsAttention(unmet.get(), ended)
                : Settlement.of(outcome, t.attempts(), settings.maxAttempts(), t.uncertain(), backoff, ended);
        String remoteId = outcome instanceof Outcome.Delivered d ? d.remoteId() : null;
        String remoteUrl = outcome instanceof Outcome.Delivered d ? d.url() : null;
        if (s.pauseConnection()) {
            onPause.accept(conn.id()); // at once: the settler commits the pause a moment later
        }
        settler.submit(new Settler.Result(
                conn,
                t,
                outcome,
                s,
                new AttemptStore.Attempt(
                        t.id(),
                        t.attempts(),
                        started,
                        Duration.between(started, ended).toMillis(),
                        ledgerOutcome(s),
                        s.kind() == null ? null : s.kind().name(),
                        s.message(),
                        remoteId,
                        requestHash(t, doc.orElse(null))),
                remoteId,
                remoteUrl,
                ended));
    }

    private Outcome call(Connection conn, Connector connector, Transfer t, Document doc) {
        if (t.purpose() == Purpose.PAYMENT
                && !connector.describe().capabilities().contains(Capability.PAYMENT_STATUS)) {
            return new Outcome.Unsupported(connector.describe().displayName() + " does not record payments");
        }
        if (t.purpose() == Purpose.CANCELLATION
                && !connector.describe().capabilities().contains(Capability.CANCELLATION_STATUS)) {
            return new Outcome.Unsupported(connector.describe().displayName()
                    + " does not record cancellations: the document it has stays as it was, cancel it there too");
        }
        try {
            Outcome o = connector.export(
                    new EngineConnectionContext(conn, secrets, db),
                    new ExportRequest(doc, t.trigger(), t.id(), t.uncertain(), t.attempts()));
            return o != null ? o : Outcome.failed(FailureKind.UNAVAILABLE, "the connector returned no outcome");
        } catch (RuntimeException e) {
            LOG.warn("Connector {} failed on transfer {}: {}", conn.connectorId(), t.id(), e.toString());
            return Outcome.failed(
                    FailureKind.UNAVAILABLE, "connector error: " + e.getClass().getSimpleName());
        }
    }

    private static String ledgerOutcome(Settlement s) {
        return switch (s.status()) {
            case DELIVERED, FAILED, SKIPPED -> s.status().name();
            case NEEDS_ATTENTION -> "HELD";
            default -> s.pauseConnection() ? "PAUSED" : "RETRY";
        };
    }

    private static String requestHash(Transfer t, Document doc) {
        return AttemptStore.sha256(
                t.id() + "|" + t.purpose() + "|" + (doc == null ? "" : doc.id() + "|" + doc.updatedAt()));
    }
}
