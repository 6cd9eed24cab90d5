package io.ledgerbridge.connector.sevdesk.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.sevdesk.internal.SevdeskMapper.InvoiceContext;
import io.ledgerbridge.connector.sevdesk.internal.SevdeskMapper.Tax;
import io.ledgerbridge.connector.sevdesk.internal.dto.Invoice;
import io.ledgerbridge.connector.sevdesk.internal.dto.SendBy;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Outcome;
import java.util.List;
import java.util.Optional;

/**
 * Puts one sales invoice into sevdesk exactly once: its contact, the invoice with all positions under the right
 * VAT rule, then out of draft. An invoice this connection created is remembered per document; after an uncertain
 * attempt sevdesk is also searched by invoice number first, because sevdesk accepts duplicate numbers.
 */
final class InvoiceExport {
    static final String INVOICE = "invoice.";

    private final SevdeskClient client;
    private final AccountFacts facts;
    private final ContactSync contacts;
    private final ConnectionContext memory;
    private final SevdeskSettings settings;

    InvoiceExport(
            SevdeskClient client,
            AccountFacts facts,
            ContactSync contacts,
            ConnectionContext memory,
            SevdeskSettings settings) {
        this.client = client;
        this.facts = facts;
        this.contacts = contacts;
        this.memory = memory;
        this.settings = settings;
    }

    Outcome.Delivered export(Document doc, boolean afterUncertainAttempt) throws ConnectorException {
        Tax tax = checkedTax(doc);
        Invoice invoice = remembered(doc).orElse(null);
        if (invoice == null) {
            String contactId = contacts.contactIdFor(doc.party());
            invoice = afterUncertainAttempt ? byNumber(doc, contactId).orElse(null) : null;
            if (invoice == null) {
                invoice = create(doc, contactId, tax);
            }
            memory.remember(INVOICE + doc.id(), invoice.id());
        }
        if (settings.marksAsSent() && invoice.isDraft()) {
            client.sendBy(invoice.id(), new SendBy(settings.sendType(), false));
        }
        return new Outcome.Delivered(invoice.id(), settings.invoiceUrl(invoice.id()), null);
    }

    /** The invoice this connection created for the document, if sevdesk still has it. */
    Optional<Invoice> remembered(Document doc) throws ConnectorException {
        Optional<String> id = memory.recall(INVOICE + doc.id()).filter(v -> !v.isBlank());
        return id.isEmpty() ? Optional.empty() : client.invoice(id.get());
    }

    /** An invoice with the document's number: the one of this contact if there is one, else any when contactId is null. */
    Optional<Invoice> byNumber(Document doc, String contactId) throws ConnectorException {
        List<Invoice> found = client.invoicesByNumber(doc.number());
        return found.stream()
                .filter(i -> contactId == null || contactId.equals(i.contactId()))
                .findFirst();
    }

    private Invoice create(Document doc, String contactId, Tax tax) throws ConnectorException {
        String countryId = doc.party() == null ? null : facts.countryId(SevdeskMapper.countryCode(doc.party()));
        InvoiceContext context =
                new InvoiceContext(contactId, facts.contactPersonId(), countryId, facts.update2(), tax);
        return client.saveInvoice(SevdeskMapper.invoice(doc, context));
    }

    /** The VAT rule, refusing what sevdesk would refuse anyway, in words the business owner can act on. */
    private Tax checkedTax(Document doc) throws ConnectorException {
        if (doc.party() == null) {
            throw new ConnectorException(
                    Kind.VALIDATION, "invoice " + doc.number() + " has no customer; sevdesk " + "needs one");
        }
        Tax tax = SevdeskMapper.tax(doc, settings.smallBusiness());
        if (Tax.SMALL_BUSINESS.equals(tax)
                && doc.lines().stream().anyMatch(l -> l.taxRate().signum() > 0)) {
            throw new ConnectorException(
                    Kind.VALIDATION,
                    "invoice " + doc.number() + " charges VAT, but the "
                            + "connection is set to 'Small business (Kleinunternehmer, §19 UStG)'");
        }
        return tax;
    }
}
