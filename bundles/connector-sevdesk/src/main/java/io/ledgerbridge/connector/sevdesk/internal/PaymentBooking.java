package io.ledgerbridge.connector.sevdesk.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.sevdesk.internal.dto.BookAmount;
import io.ledgerbridge.connector.sevdesk.internal.dto.CheckAccount;
import io.ledgerbridge.connector.sevdesk.internal.dto.Invoice;
import io.ledgerbridge.connector.sevdesk.internal.dto.Ref;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.Outcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Records in sevdesk that an invoice was paid: books the open amount on the configured payment account. An invoice
 * sevdesk does not have yet is exported first. Idempotent: sevdesk's own status and paid amount say what is left.
 */
final class PaymentBooking {
    static final String NOT_CONFIGURED = "sevdesk: the payment was not booked because no payment account is set; "
            + "to book payments, set 'Payment account for paid invoices' (the connection test lists your accounts)";

    private final SevdeskClient client;
    private final InvoiceExport exports;
    private final SevdeskSettings settings;

    PaymentBooking(SevdeskClient client, InvoiceExport exports, SevdeskSettings settings) {
        this.client = client;
        this.exports = exports;
        this.settings = settings;
    }

    Outcome book(Document doc, boolean afterUncertainAttempt) throws ConnectorException {
        Optional<Invoice> found = find(doc);
        if (found.isEmpty()) {
            Outcome.Delivered exported = exports.export(doc, afterUncertainAttempt);
            if (!settings.booksPayments()) {
                return exported;
            }
            found = client.invoice(exported.remoteId());
        } else if (!settings.booksPayments()) {
            return new Outcome.Unsupported(NOT_CONFIGURED);
        }
        Invoice invoice = found.orElseThrow(
                () -> new ConnectorException(Kind.NOT_FOUND, "sevdesk no longer has invoice " + doc.number()));
        if (!invoice.isPaid()) {
            bookOpenAmount(doc, invoice);
        }
        return new Outcome.Delivered(invoice.id(), settings.invoiceUrl(invoice.id()), null);
    }

    /** The invoice this connection created, else one with the document's number that is still open. */
    private Optional<Invoice> find(Document doc) throws ConnectorException {
        Optional<Invoice> remembered = exports.remembered(doc);
        if (remembered.isPresent()) {
            return remembered;
        }
        return client.invoicesByNumber(doc.number()).stream().min((a, b) -> Boolean.compare(a.isPaid(), b.isPaid()));
    }

    private void bookOpenAmount(Document doc, Invoice invoice) throws ConnectorException {
        if (invoice.isDraft()) {
            throw new ConnectorException(
                    Kind.VALIDATION,
                    "invoice " + doc.number() + " is still a draft in sevdesk, "
                            + "and sevdesk books payments only on sent invoices: mark it as sent in sevdesk, then retry");
        }
        BigDecimal gross = invoice.sumGross() == null ? doc.totals().gross() : invoice.sumGross();
        BigDecimal open = gross.subtract(invoice.paidAmount() == null ? BigDecimal.ZERO : invoice.paidAmount());
        if (open.signum() <= 0) {
            return;
        }
        client.bookAmount(
                invoice.id(),
                new BookAmount(
                        open,
                        doc.updatedAt().getEpochSecond(),
                        "FULL_PAYMENT",
                        Ref.of("CheckAccount", settings.checkAccountId())));
    }

    /**
     * What the connection test says about payments: the configured account checked (it must exist and have no
     * online banking, where sevdesk would need a bank transaction), or the accounts that could be set.
     */
    static String accountNote(SevdeskClient client, SevdeskSettings settings) throws ConnectorException {
        List<CheckAccount> accounts = client.checkAccounts();
        String usable = accounts.stream()
                .filter(a -> !a.isOnline())
                .map(a -> a.id() + " (" + a.name() + ")")
                .collect(Collectors.joining(", "));
        String choose = usable.isEmpty()
                ? "create a payment account without online banking (e.g. Kasse) in sevdesk"
                : "accounts you can use: " + usable;
        if (!settings.booksPayments()) {
            return "Payments are not booked; to book them, set 'Payment account for paid invoices' (" + choose + ").";
        }
        CheckAccount chosen = accounts.stream()
                .filter(a -> settings.checkAccountId().equals(a.id()))
                .findFirst()
                .orElseThrow(() -> new ConnectorException(
                        Kind.CONFIGURATION,
                        "the payment account " + settings.checkAccountId() + " does not exist in sevdesk; " + choose));
        if (chosen.isOnline()) {
            throw new ConnectorException(
                    Kind.CONFIGURATION,
                    "the payment account " + chosen.id() + " ("
                            + chosen.name() + ") has online banking, where sevdesk books payments only against a bank "
                            + "transaction; " + choose);
        }
        return "Payments are booked on " + chosen.id() + " (" + chosen.name() + ").";
    }
}
