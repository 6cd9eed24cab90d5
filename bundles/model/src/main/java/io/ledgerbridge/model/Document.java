package io.ledgerbridge.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored document with its current lifecycle state. Immutable; lifecycle actions produce a new version.
 *
 * @param id the platform's id of the document
 * @param tenantId the partner or client it belongs to
 * @param sourceId the ERP's id of the document
 * @param source the platform, or the import connection it came from
 * @param type the document type
 * @param direction outgoing or incoming
 * @param number the document number
 * @param issueDate issue date
 * @param deliveryDate delivery or service date, may be null
 * @param dueDate due date, may be null
 * @param currency ISO 4217 code
 * @param lines the positions
 * @param totals net, tax, gross
 * @param party customer or supplier
 * @param tags labels
 * @param attachments attached files (metadata; content is fetched by hash)
 * @param state status, payment status and approval state
 * @param createdAt when the platform accepted the document
 * @param updatedAt when its state last changed
 * @param sourceUrl where the document opens in the ERP (a link back for targets that show one); may be null
 * @param warnings what a person should know about it, e.g. another document with the same number; never null
 * @param correctedDocumentId for a credit note: the platform's id of the invoice it corrects; null when it names none
 */
public record Document(
        String id,
        String tenantId,
        String sourceId,
        Source source,
        DocumentType type,
        Direction direction,
        String number,
        LocalDate issueDate,
        LocalDate deliveryDate,
        LocalDate dueDate,
        String currency,
        List<LineItem> lines,
        Totals totals,
        Party party,
        List<String> tags,
        List<Attachment> attachments,
        DocumentState state,
        Instant createdAt,
        Instant updatedAt,
        String sourceUrl,
        List<DocumentWarning> warnings,
        String correctedDocumentId) {

    public Document {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A document without a link back and without warnings (the components of release 1.0). */
    public Document(
            String id,
            String tenantId,
            String sourceId,
            Source source,
            DocumentType type,
            Direction direction,
            String number,
            LocalDate issueDate,
            LocalDate deliveryDate,
            LocalDate dueDate,
            String currency,
            List<LineItem> lines,
            Totals totals,
            Party party,
            List<String> tags,
            List<Attachment> attachments,
            DocumentState state,
            Instant createdAt,
            Instant updatedAt) {
        this(
                id,
                tenantId,
                sourceId,
                source,
                type,
                direction,
                number,
                issueDate,
                deliveryDate,
                dueDate,
                currency,
                lines,
                totals,
                party,
                tags,
                attachments,
                state,
                createdAt,
                updatedAt,
                null,
                List.of(),
                null);
    }

    /** A document that corrects no invoice (the components before credit notes named theirs). */
    public Document(
            String id,
            String tenantId,
            String sourceId,
            Source source,
            DocumentType type,
            Direction direction,
            String number,
            LocalDate issueDate,
            LocalDate deliveryDate,
            LocalDate dueDate,
            String currency,
            List<LineItem> lines,
            Totals totals,
            Party party,
            List<String> tags,
            List<Attachment> attachments,
            DocumentState state,
            Instant createdAt,
            Instant updatedAt,
            String sourceUrl,
            List<DocumentWarning> warnings) {
        this(
                id,
                tenantId,
                sourceId,
                source,
                type,
                direction,
                number,
                issueDate,
                deliveryDate,
                dueDate,
                currency,
                lines,
                totals,
                party,
                tags,
                attachments,
                state,
                createdAt,
                updatedAt,
                sourceUrl,
                warnings,
                null);
    }

    /** A copy carrying the given tags. */
    public Document withTags(List<String> newTags) {
        return copy(party, List.copyOf(newTags), state, updatedAt);
    }

    /** A copy in another lifecycle state. */
    public Document withState(DocumentState newState, Instant at) {
        return copy(party, tags, newState, at);
    }

    /** A copy with corrected contact data of its customer or supplier (numbers and amounts never change). */
    public Document withParty(Party newParty, Instant at) {
        return copy(newParty, tags, state, at);
    }

    private Document copy(Party newParty, List<String> newTags, DocumentState newState, Instant at) {
        return new Document(
                id,
                tenantId,
                sourceId,
                source,
                type,
                direction,
                number,
                issueDate,
                deliveryDate,
                dueDate,
                currency,
                lines,
                totals,
                newParty,
                newTags,
                attachments,
                newState,
                createdAt,
                at,
                sourceUrl,
                warnings,
                correctedDocumentId);
    }
}
