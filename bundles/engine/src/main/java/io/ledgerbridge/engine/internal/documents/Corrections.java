package io.ledgerbridge.engine.internal.documents;

import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.ValidationException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The invoice a credit note corrects: it is named by its {@code sourceId} in the same tenant, it must be a sales
 * invoice in the same currency and direction, and all its credit notes together never credit more than it charged.
 */
final class Corrections {
    private Corrections() {}

    /** The platform id of the corrected invoice, or null when the draft names none; refuses what cannot be. */
    static String resolve(Connection c, DocumentStore store, DocumentDraft draft) throws SQLException {
        if (draft.correctedInvoice() == null) {
            return null;
        }
        Optional<DocumentStore.Existing> named = store.findBySource(c, draft.tenantId(), draft.correctedInvoice());
        Document invoice = (named.isEmpty()
                        ? Optional.<Document>empty()
                        : store.find(c, named.get().id(), false))
                .orElseThrow(() -> refused(
                        "correctedInvoice",
                        "no document of this tenant has the sourceId '" + draft.correctedInvoice()
                                + "'; name the invoice by the sourceId it was submitted with, or leave it out"));
        if (invoice.type() != DocumentType.SALES_INVOICE
                || invoice.direction() != draft.direction()
                || !invoice.currency().equals(draft.currency())) {
            throw refused(
                    "correctedInvoice",
                    "'" + draft.correctedInvoice() + "' is a " + invoice.direction() + " " + invoice.type() + " in "
                            + invoice.currency() + "; a credit note corrects a sales invoice of the same direction "
                            + "and currency (" + draft.direction() + ", " + draft.currency() + ")");
        }
        BigDecimal credited = creditedSoFar(c, invoice.id());
        BigDecimal open = invoice.totals().gross().subtract(credited);
        if (draft.totals().gross().compareTo(open) > 0) {
            throw refused(
                    "totals.gross",
                    "is " + draft.totals().gross() + ", more than the " + open + " left to credit on invoice "
                            + invoice.number() + " (gross " + invoice.totals().gross() + ", credited so far "
                            + credited + ")");
        }
        return invoice.id();
    }

    private static BigDecimal creditedSoFar(Connection c, String invoiceId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT COALESCE(SUM(gross), 0) FROM document WHERE corrects_id = ? AND status <> 'CANCELLED'")) {
            p.setString(1, invoiceId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    private static ValidationException refused(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }
}
