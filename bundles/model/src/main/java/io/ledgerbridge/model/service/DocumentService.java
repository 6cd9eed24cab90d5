package io.ledgerbridge.model.service;

import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.LifecycleAction;
import io.ledgerbridge.model.Party;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Document intake and lifecycle, for the REST API and for in-process ERP modules. Every method is scoped: documents
 * outside the caller's {@link Scope} behave as if they did not exist.
 */
@ProviderType
public interface DocumentService {

    /**
     * Validates and stores a document. Idempotent on (tenant, sourceId): the same payload again returns the stored
     * document with {@code created == false}.
     *
     * @throws ValidationException when the draft breaks a rule (nothing is stored)
     * @throws ConflictException when the sourceId was used before with a different payload
     * @throws NotFoundException when the draft names a tenant outside the scope or an unknown tenant
     */
    CreateResult create(Scope scope, DocumentDraft draft);

    /** The document, if it exists within the scope. */
    Optional<Document> get(Scope scope, String documentId);

    /** A page of documents within the scope, newest first. */
    Page<Document> list(Scope scope, DocumentQuery query);

    /**
     * Applies a lifecycle action and records its event.
     *
     * @return the document in its new state
     * @throws NotFoundException when the document is not within the scope
     * @throws ConflictException when the action is not allowed in the document's state (the message says why)
     */
    Document apply(Scope scope, String documentId, LifecycleAction action);

    /**
     * Corrects the contact data of a document's customer or supplier, e.g. an e-mail address a target needs, in any
     * state but cancelled; its numbers and amounts never change. Transfers held because the document lacked
     * something are tried again.
     *
     * @throws ValidationException naming each field of the party at fault; nothing is changed then
     * @throws NotFoundException when the document is not in scope
     */
    Document updateParty(Scope scope, String documentId, Party party);

    /** The content of an attachment of a document within the scope, by its SHA-256. */
    Optional<byte[]> attachmentContent(Scope scope, String documentId, String sha256);
}
