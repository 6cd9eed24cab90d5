package io.ledgerbridge.engine.internal.documents;

import io.ledgerbridge.engine.internal.db.Database;
import io.ledgerbridge.engine.internal.db.StorageException;
import io.ledgerbridge.engine.internal.imports.ImportSink;
import io.ledgerbridge.engine.internal.tenants.TenantStore;
import io.ledgerbridge.engine.internal.transfer.Router;
import io.ledgerbridge.engine.internal.transfer.TransferQueries;
import io.ledgerbridge.model.Attachment;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.DocumentState;
import io.ledgerbridge.model.DocumentStatus;
import io.ledgerbridge.model.DocumentValidator;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.IllegalTransitionException;
import io.ledgerbridge.model.Lifecycle;
import io.ledgerbridge.model.LifecycleAction;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.NewAttachment;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.Source;
import io.ledgerbridge.model.service.ConflictException;
import io.ledgerbridge.model.service.CreateResult;
import io.ledgerbridge.model.service.DocumentQuery;
import io.ledgerbridge.model.service.DocumentService;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Page;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.ValidationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Document intake and lifecycle on the Ledgerbridge database. */
@Component(service = DocumentService.class)
public class DocumentServiceImpl implements DocumentService, ImportSink {
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database db;
    private final DocumentStore store;
    private final Router router;
    private final Clock clock;

    @Activate
    public DocumentServiceImpl(@Reference Database db, @Reference Router router) {
        this(db, router, Clock.systemUTC());
    }

    public DocumentServiceImpl(Database db, Router router, Clock clock) {
        this.db = db;
        this.store = new DocumentStore(db.dialect());
        this.router = router;
        this.clock = clock;
    }

    @Override
    public CreateResult create(Scope scope, DocumentDraft submitted) {
        List<FieldError> errors = DocumentValidator.validate(submitted);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        DocumentDraft draft = submitted.withTenant(owningTenant(scope, submitted.tenantId()));
        String fingerprint = DocumentJson.fingerprint(draft);
        try {
            return db.inTransaction(c -> createOrFind(c, draft, fingerprint, Source.PLATFORM));
        } catch (StorageException e) {
            if (e.getCause() instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                // a concurrent submission of the same source id won the race: answer like a repeated submission
                return db.inTransaction(c -> createOrFind(c, draft, fingerprint, Source.PLATFORM));
            }
            throw e;
        }
    }

    @Override
    public Stored store(
            io.ledgerbridge.engine.internal.connections.Connection connection,
            String remoteId,
            DocumentDraft imported) {
        List<FieldError> errors = DocumentValidator.validate(imported);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Scope scope = db.inTransaction(c -> TenantStore.scopeOf(c, connection.tenantId()));
        DocumentDraft draft = imported.withTenant(owningTenant(scope, imported.tenantId()));
        String fingerprint = DocumentJson.fingerprint(draft);
        Source source = new Source(connection.id(), remoteId);
        return db.inTransaction(c -> {
            try {
                CreateResult r = createOrFind(c, draft, fingerprint, source);
                if (r.created()) {
                    applyLocked(c, r.document(), LifecycleAction.FINALIZE); // imported documents are issued ones
                    return Stored.NEW;
                }
                return Stored.ALREADY_IMPORTED;
            } catch (ConflictException changed) {
                return Stored.CHANGED_REMOTELY;
            }
        });
    }

    private String owningTenant(Scope scope, String requested) {
        String tenant = requested != null ? requested : scope.homeTenant();
        if (tenant == null) {
            throw new ValidationException(
                    List.of(new FieldError("tenantId", "is required when an administrator submits")));
        }
        boolean exists = db.inTransaction(c -> TenantStore.exists(c, tenant));
        if (!scope.allows(tenant) || !exists) {
            throw new NotFoundException("tenant '" + tenant + "' not found");
        }
        return tenant;
    }

    private CreateResult createOrFind(Connection c, DocumentDraft draft, String fingerprint, Source source)
            throws SQLException {
        Optional<DocumentStore.Existing> existing = store.findBySource(c, draft.tenantId(), draft.sourceId());
        if (existing.isPresent()) {
            String stored = existing.get().fingerprint();
            if (!stored.equals(fingerprint) && !stored.equals(DocumentJson.legacyFingerprint(draft))) {
                throw new ConflictException("sourceId '" + draft.sourceId() + "' was already used for a different "
                        + "document (id " + existing.get().id()
                        + "); a submitted document cannot be changed, use a new sourceId");
            }
            return new CreateResult(store.find(c, existing.get().id(), false).orElseThrow(), false);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Attachment> attachments = new ArrayList<>();
        for (NewAttachment a : draft.attachments() == null ? List.<NewAttachment>of() : draft.attachments()) {
            String sha = DocumentJson.sha256(a.content());
            store.storeContent(c, a, sha);
            attachments.add(new Attachment(a.kind(), a.fileName(), a.mediaType(), sha, a.content().length));
        }
        Document doc = new Document(
                UUID.randomUUID().toString(),
                draft.tenantId(),
                draft.sourceId(),
                source,
                draft.type(),
                draft.direction(),
                draft.number(),
                draft.issueDate(),
                draft.deliveryDate(),
                draft.dueDate(),
                draft.currency(),
                draft.lines(),
                draft.totals(),
                draft.party(),
                draft.tags() == null ? List.of() : draft.tags(),
                attachments,
                DocumentState.INITIAL,
                now,
                now,
                draft.sourceUrl(),
                DuplicateNumbers.warnings(c, draft),
                Corrections.resolve(c, store, draft));
        store.insert(c, doc, fingerprint);
        store.recordEvent(c, doc.id(), LifecycleEvent.CREATED, now);
        return new CreateResult(doc, true);
    }

    @Override
    public Optional<Document> get(Scope scope, String documentId) {
        return db.inTransaction(c -> store.find(c, documentId, false)).filter(d -> scope.allows(d.tenantId()));
    }

    @Override
    public Page<Document> list(Scope scope, DocumentQuery query) {
        return db.inTransaction(c -> DocumentListQuery.run(c, scope, query));
    }

    @Override
    public Document apply(Scope scope, String documentId, LifecycleAction action) {
        return db.inTransaction(c -> {
            Document doc = store.find(c, documentId, true)
                    .filter(d -> scope.allows(d.tenantId()))
                    .orElseThrow(() -> new NotFoundException("document '" + documentId + "' not found"));
            return applyLocked(c, doc, action);
        });
    }

    /** Moves a document whose row this transaction holds, records the event and routes it. */
    private Document applyLocked(Connection c, Document doc, LifecycleAction action) throws SQLException {
        DocumentState next;
        try {
            next = Lifecycle.apply(doc.state(), doc.direction(), action);
        } catch (IllegalTransitionException e) {
            throw new ConflictException(e.getMessage());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.updateState(c, doc.id(), next, now);
        store.recordEvent(c, doc.id(), action.event(), now);
        Document moved = doc.withState(next, now);
        router.route(c, moved, action.event(), now);
        return moved;
    }

    @Override
    public Document updateParty(Scope scope, String documentId, Party party) {
        return db.inTransaction(c -> {
            Document doc = store.find(c, documentId, true)
                    .filter(d -> scope.allows(d.tenantId()))
                    .orElseThrow(() -> new NotFoundException("document '" + documentId + "' not found"));
            if (doc.state().status() == DocumentStatus.CANCELLED) {
                throw new ConflictException(
                        "document '" + documentId + "' is cancelled; its party can no longer " + "be corrected");
            }
            List<FieldError> errors = DocumentValidator.validateParty(party, doc.type());
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Document corrected = doc.withParty(party, now);
            store.updateBody(c, corrected);
            TransferQueries.releaseHeld(c, documentId, now);
            return corrected;
        });
    }

    @Override
    public Optional<byte[]> attachmentContent(Scope scope, String documentId, String sha256) {
        return get(scope, documentId)
                .filter(d -> d.attachments().stream().anyMatch(a -> a.sha256().equals(sha256)))
                .flatMap(d -> db.inTransaction(c -> store.content(c, sha256)));
    }
}
