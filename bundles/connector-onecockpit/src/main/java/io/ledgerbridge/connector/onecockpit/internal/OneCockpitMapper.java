package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.onecockpit.internal.dto.CustomerDto;
import io.ledgerbridge.connector.onecockpit.internal.dto.InvoiceDto;
import io.ledgerbridge.connector.onecockpit.internal.dto.InvoiceRef;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentStatus;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.PaymentStatus;
import java.util.Optional;

/**
 * From the shared document model to OneCockpit's (assumed) wire format: an outgoing sales invoice with its gross
 * amount and its status as the document has it now (open, paid or cancelled), and its customer with the fields
 * invoiz sends. Everything else OneCockpit has no place for.
 */
final class OneCockpitMapper {
    static final String OPEN = "open";
    static final String PAID = "paid";
    static final String CANCELLED = "cancelled";

    private OneCockpitMapper() {}

    /** Why OneCockpit cannot take this document, or empty when it can. */
    static Optional<String> unsupported(Document doc) {
        if (doc.type() == DocumentType.CREDIT_NOTE) {
            return Optional.of("OneCockpit: credit notes are not sent: OneCockpit shows invoices, open or paid, and "
                    + "its interface (as assumed) has no place for credit notes");
        }
        if (doc.type() != DocumentType.SALES_INVOICE) {
            return Optional.of("OneCockpit: documents of type " + doc.type() + " are not sent: OneCockpit shows the "
                    + "invoices you issued to your customers");
        }
        if (doc.direction() != Direction.OUTGOING) {
            return Optional.of("OneCockpit: invoices you received are not sent: OneCockpit shows the invoices you "
                    + "issued to your customers");
        }
        return Optional.empty();
    }

    /** True when OneCockpit could not assign the invoice to anyone: its customer has no e-mail address. */
    static boolean lacksEmail(Document doc) {
        return doc.party() == null || blankToNull(doc.party().email()) == null;
    }

    static InvoiceDto invoice(Document doc) {
        CustomerDto customer = customer(doc.party());
        return new InvoiceDto(
                doc.number(),
                customer.email(),
                doc.totals().gross(),
                doc.currency(),
                doc.issueDate(),
                status(doc),
                InvoiceDto.SOURCE,
                doc.sourceUrl(),
                customer);
    }

    /** The status OneCockpit shows: cancelled wins over paid, paid over open. */
    static String status(Document doc) {
        if (doc.state().status() == DocumentStatus.CANCELLED) {
            return CANCELLED;
        }
        return doc.state().paymentStatus() == PaymentStatus.PAID ? PAID : OPEN;
    }

    /** True when OneCockpit has the invoice as it is to be sent: ours, in the same status. */
    static boolean alreadyThere(InvoiceRef stored, InvoiceDto invoice) {
        return InvoiceDto.SOURCE.equals(stored.source()) && invoice.status().equals(stored.status());
    }

    static CustomerDto customer(Party p) {
        return new CustomerDto(
                blankToNull(p.email()),
                blankToNull(p.companyName()),
                blankToNull(p.title()),
                blankToNull(p.firstName()),
                blankToNull(p.lastName()),
                blankToNull(p.street()),
                blankToNull(p.zip()),
                blankToNull(p.city()),
                blankToNull(p.country()),
                blankToNull(p.phone()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
