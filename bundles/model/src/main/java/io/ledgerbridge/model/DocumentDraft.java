package io.ledgerbridge.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A document as an ERP submits it. Intake validates it with {@link DocumentValidator} and is idempotent on
 * (tenant, sourceId).
 *
 * @param tenantId the partner or client the document belongs to; defaults to the caller's own tenant
 * @param sourceId the ERP's own stable id of the document (the idempotency key)
 * @param type the document type
 * @param direction outgoing (issued by the platform) or incoming (received)
 * @param number the document number, e.g. "RE-2026-0042"
 * @param issueDate the date the document was issued
 * @param deliveryDate the date of delivery or service; optional
 * @param dueDate the payment due date; optional, not before the issue date
 * @param currency ISO 4217 code, e.g. "EUR"
 * @param lines the positions, at least one
 * @param totals net, tax and gross, checked against the lines
 * @param party the customer or supplier
 * @param tags free labels used by connection rules and filters
 * @param attachments PDF and e-invoice files
 * @param sourceUrl where the document opens in the ERP, e.g. https://erp.example.com/invoices/42; optional, for
 *     targets that link back to it
 */
public record DocumentDraft(
        String tenantId,
        String sourceId,
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
        List<NewAttachment> attachments,
        String sourceUrl,
        String correctedInvoice) {

    /** A draft that corrects no invoice (the components before credit notes named theirs). */
    public DocumentDraft(
            String tenantId,
            String sourceId,
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
            List<NewAttachment> attachments,
            String sourceUrl) {
        this(
                tenantId,
                sourceId,
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
                sourceUrl,
                null);
    }

    /** A draft without a link back (the components of release 1.0). */
    public DocumentDraft(
            String tenantId,
            String sourceId,
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
            List<NewAttachment> attachments) {
        this(
                tenantId,
                sourceId,
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
                null,
                null);
    }

    /** A copy that belongs to the given tenant. */
    public DocumentDraft withTenant(String tenant) {
        return copy(tenant, party, sourceUrl);
    }

    /** A copy with this link back to the document in the ERP. */
    public DocumentDraft withSourceUrl(String url) {
        return copy(tenantId, party, url);
    }

    /** A copy with another customer or supplier. */
    public DocumentDraft withParty(Party newParty) {
        return copy(tenantId, newParty, sourceUrl);
    }

    private DocumentDraft copy(String tenant, Party newParty, String url) {
        return new DocumentDraft(
                tenant,
                sourceId,
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
                tags,
                attachments,
                url,
                correctedInvoice);
    }
}
