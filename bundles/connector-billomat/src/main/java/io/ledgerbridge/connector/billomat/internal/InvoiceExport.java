package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.billomat.internal.dto.InvoiceDto;
import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.LifecycleEvent;
import io.ledgerbridge.model.PaymentStatus;
import io.ledgerbridge.model.spi.ExportRequest;
import java.util.Map;
import java.util.Optional;

/**
 * The invoice target: the customer as a client, the document as an invoice with its items, completed so that it
 * carries the document's number, and paid when the document is. Every step is remembered once Billomat confirmed
 * it; after an uncertain attempt the invoice is looked up by its number before anything is created.
 */
final class InvoiceExport {
    private final ExportMapper mapper;
    private final ClientMatcher clients;

    InvoiceExport(ExportMapper mapper) {
        this.mapper = mapper;
        this.clients = new ClientMatcher(mapper);
    }

    /** Why this document cannot become a Billomat invoice, or empty when it can. */
    static Optional<String> unsupported(Document document) {
        if (document.type() != DocumentType.SALES_INVOICE || document.direction() != Direction.OUTGOING) {
            return Optional.of("Billomat: only outgoing sales invoices become Billomat invoices; this "
                    + document.direction() + " " + document.type() + " can go to an account with the export target "
                    + "\"Inbox document\"");
        }
        return Optional.empty();
    }

    /** Exports the document; returns Billomat's invoice id. */
    String export(BillomatClient client, Memory memory, ExportRequest request) throws ConnectorException {
        Document document = request.document();
        InvoiceNumber number = InvoiceNumber.parse(document.number())
                .orElseThrow(() -> new ConnectorException(
                        Kind.VALIDATION,
                        "Billomat keeps a document number only when it ends in digits (e.g. RE-2026-0042); '"
                                + document.number() + "' does not, and an invoice numbered by Billomat would carry a "
                                + "different number"));
        String invoiceId = ensureCreated(client, memory, request, number);
        ensureCompleted(client, memory, document, invoiceId, number);
        if (request.trigger() == LifecycleEvent.PAID || document.state().paymentStatus() == PaymentStatus.PAID) {
            ensurePaid(client, memory, document, invoiceId, request.afterUncertainAttempt());
        }
        return invoiceId;
    }

    private String ensureCreated(BillomatClient client, Memory memory, ExportRequest request, InvoiceNumber number)
            throws ConnectorException {
        Document document = request.document();
        Optional<String> known = memory.invoiceOf(document.id());
        if (known.isPresent()) {
            return known.get();
        }
        if (request.afterUncertainAttempt()) {
            Optional<InvoiceDto> found = lookup(client, number);
            if (found.isPresent()) {
                memory.invoiceOf(document.id(), found.get().id());
                if (!found.get().draft()) {
                    memory.completed(document.id(), number.text());
                }
                return found.get().id();
            }
        }
        if (document.party() == null) {
            throw new ConnectorException(Kind.VALIDATION, "the document has no customer; Billomat needs one");
        }
        String clientId = clients.resolve(client, memory, document.party());
        InvoiceDto created = client.createInvoice(mapper.invoice(document, clientId, number));
        memory.invoiceOf(document.id(), created.id());
        return created.id();
    }

    /** The invoice of an earlier attempt: completed (by its number, compared exactly) or still a draft. */
    static Optional<InvoiceDto> lookup(BillomatClient client, InvoiceNumber number) throws ConnectorException {
        String text = number.text();
        Optional<InvoiceDto> completed = client.invoices(Map.of("invoice_number", text), 1, 100).items().stream()
                .filter(invoice -> text.equals(invoice.invoiceNumber()))
                .findFirst();
        if (completed.isPresent()) {
            return completed;
        }
        return client.invoices(Map.of("status", "DRAFT"), 1, BillomatClient.MAX_PER_PAGE).items().stream()
                .filter(number::intendedBy)
                .findFirst();
    }

    private static void ensureCompleted(
            BillomatClient client, Memory memory, Document document, String invoiceId, InvoiceNumber number)
            throws ConnectorException {
        if (memory.completed(document.id())) {
            return;
        }
        try {
            client.completeInvoice(invoiceId);
        } catch (ConnectorException e) {
            if (e.httpStatus() != 422 || current(client, invoiceId).draft()) {
                throw e;
            }
            // 422: an earlier attempt completed it already
        }
        memory.completed(document.id(), number.text());
    }

    private void ensurePaid(
            BillomatClient client, Memory memory, Document document, String invoiceId, boolean uncertain)
            throws ConnectorException {
        if (memory.paid(document.id())) {
            return;
        }
        if (uncertain && "PAID".equals(current(client, invoiceId).status())) {
            memory.paid(document.id(), "already-paid");
            return;
        }
        String paymentId;
        try {
            paymentId = client.createPayment(mapper.payment(document, invoiceId));
        } catch (ConnectorException e) {
            paymentId = alreadyPaid(client, invoiceId, e);
        }
        memory.paid(document.id(), paymentId);
    }

    /** After a 422 on a payment: fine when Billomat has the invoice as paid already, else the failure stands. */
    private static String alreadyPaid(BillomatClient client, String invoiceId, ConnectorException e)
            throws ConnectorException {
        if (e.httpStatus() != 422) {
            throw e;
        }
        InvoiceDto invoice = current(client, invoiceId);
        if ("PAID".equals(invoice.status())) {
            return "already-paid";
        }
        throw new ConnectorException(
                Kind.VALIDATION,
                "Billomat takes no payment for invoice " + invoiceId + " in status " + invoice.status() + " ("
                        + e.getMessage() + ")");
    }

    private static InvoiceDto current(BillomatClient client, String invoiceId) throws ConnectorException {
        return client.invoice(invoiceId)
                .orElseThrow(() -> new ConnectorException(
                        Kind.NOT_FOUND, "Billomat invoice " + invoiceId + " no longer exists (deleted in Billomat?)"));
    }
}
