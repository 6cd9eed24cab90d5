package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentWarning;
import io.ledgerbridge.model.spi.ConnectorInfo;
import io.ledgerbridge.model.spi.DocumentRequirement;
import java.util.Locale;
import java.util.Optional;

/**
 * The data-quality checks: what a connector requires of a document ({@link ConnectorInfo#requirements()}), checked
 * before any call to the target. A document that lacks it is held with a reason a person can act on.
 */
final class DocumentChecks {
    private DocumentChecks() {}

    /**
     * Why the connector cannot take the document yet; empty when it can. Updates are checked as their export is: a
     * payment or cancellation of a held document would otherwise send what its export was held for.
     */
    static Optional<String> unmet(Document doc, ConnectorInfo connector) {
        for (DocumentRequirement r : DocumentRequirement.values()) {
            if (connector.requirements().contains(r) && !met(doc, r)) {
                return Optional.of(reason(doc, r, connector.displayName()));
            }
        }
        return Optional.empty();
    }

    private static boolean met(Document doc, DocumentRequirement r) {
        return switch (r) {
            case RECIPIENT_EMAIL ->
                doc.party() != null
                        && doc.party().email() != null
                        && !doc.party().email().isBlank();
            case UNIQUE_NUMBER ->
                doc.warnings().stream().noneMatch(w -> DocumentWarning.DUPLICATE_NUMBER.equals(w.code()));
        };
    }

    private static String reason(Document doc, DocumentRequirement r, String target) {
        String type = doc.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (r) {
            case RECIPIENT_EMAIL ->
                "the customer has no e-mail address: " + target + " can only assign "
                        + type
                        + "s to a customer by e-mail. Add the e-mail address to the customer's contact in the ERP "
                        + "and correct the document's party; it is sent then";
            case UNIQUE_NUMBER ->
                "another " + type + " of this tenant has the number " + doc.number() + ": "
                        + target + " tells documents apart by their number and would mix the two up, so this one is "
                        + "held. Give it a number of its own in the ERP and submit it again";
        };
    }
}
