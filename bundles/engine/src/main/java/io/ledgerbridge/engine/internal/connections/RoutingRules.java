package io.ledgerbridge.engine.internal.connections;

import io.ledgerbridge.model.ApprovalState;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.LifecycleEvent;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which documents a connection takes: those whose trigger event happens, of the listed types and directions (empty =
 * all), carrying at least one of the tags (empty = any), approved when approval is required, issued in the range.
 *
 * @param triggers the lifecycle events that send a document
 * @param documentTypes the document types taken; empty for all
 * @param directions outgoing and/or incoming; empty for both
 * @param tags any of these tags; empty for any document
 * @param approvalRequired only approved documents
 * @param issuedFrom issue date on or after, may be null
 * @param issuedTo issue date on or before, may be null
 */
public record RoutingRules(
        Set<LifecycleEvent> triggers,
        Set<DocumentType> documentTypes,
        Set<Direction> directions,
        Set<String> tags,
        boolean approvalRequired,
        LocalDate issuedFrom,
        LocalDate issuedTo) {

    public RoutingRules {
        triggers = Set.copyOf(triggers);
        documentTypes = Set.copyOf(documentTypes);
        directions = Set.copyOf(directions);
        tags = Set.copyOf(tags);
    }

    /** True when the event sends the document over this connection. */
    public boolean triggeredBy(LifecycleEvent event) {
        return triggers.contains(event);
    }

    /** True when the document itself is one this connection takes (ignoring the trigger). */
    public boolean selects(Document d) {
        return (documentTypes.isEmpty() || documentTypes.contains(d.type()))
                && (directions.isEmpty() || directions.contains(d.direction()))
                && (tags.isEmpty() || d.tags().stream().anyMatch(tags::contains))
                && (!approvalRequired || d.state().approval() == ApprovalState.APPROVED)
                && (issuedFrom == null || !d.issueDate().isBefore(issuedFrom))
                && (issuedTo == null || !d.issueDate().isAfter(issuedTo));
    }
}
