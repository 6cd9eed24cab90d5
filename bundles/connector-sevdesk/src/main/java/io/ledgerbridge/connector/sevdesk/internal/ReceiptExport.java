package io.ledgerbridge.connector.sevdesk.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.sevdesk.internal.SevdeskMapper.VoucherContext;
import io.ledgerbridge.connector.sevdesk.internal.dto.Voucher;
import io.ledgerbridge.model.Attachment;
import io.ledgerbridge.model.AttachmentKind;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.Outcome;
import java.util.Comparator;
import java.util.Optional;

/**
 * Puts a receipt (an expense: a receipt or supplier invoice the business received) into sevdesk as a voucher with
 * its PDF, exactly once: the voucher of each document is remembered; after an uncertain attempt sevdesk is searched
 * for the receipt number of the same supplier first.
 */
final class ReceiptExport {
    static final String VOUCHER = "voucher.";
    static final String NOT_CONFIGURED = "sevdesk: receipts are not transferred because no booking account is set; "
            + "to transfer them, set 'Booking account for receipts'";
    static final String PAYMENT_NOT_BOOKED = "sevdesk: payments of receipts are not booked by this connector; "
            + "book the payment of the voucher in sevdesk";

    private final SevdeskClient client;
    private final AccountFacts facts;
    private final ConnectionContext context;
    private final SevdeskSettings settings;

    ReceiptExport(SevdeskClient client, AccountFacts facts, ConnectionContext context, SevdeskSettings settings) {
        this.client = client;
        this.facts = facts;
        this.context = context;
        this.settings = settings;
    }

    /** Saves the receipt; for a payment update of a saved one, says that payments of receipts are not booked. */
    Outcome export(Document doc, boolean paymentUpdate, boolean afterUncertainAttempt) throws ConnectorException {
        if (!settings.savesReceipts()) {
            return new Outcome.Unsupported(NOT_CONFIGURED);
        }
        Optional<String> known = context.recall(VOUCHER + doc.id()).filter(id -> !id.isBlank());
        if (known.isEmpty() && afterUncertainAttempt) {
            known = client.vouchersByDescription(doc.number()).stream()
                    .filter(v -> sameSupplier(v, doc))
                    .map(Voucher::id)
                    .findFirst();
        }
        if (known.isPresent()) {
            context.remember(VOUCHER + doc.id(), known.get());
            return paymentUpdate ? new Outcome.Unsupported(PAYMENT_NOT_BOOKED) : Outcome.delivered(known.get());
        }
        VoucherContext voucher = new VoucherContext(
                upload(doc),
                settings.receiptAccount(),
                facts.update2(),
                settings.smallBusiness(),
                !settings.marksAsSent());
        String id = client.saveVoucher(SevdeskMapper.voucher(doc, voucher)).id();
        context.remember(VOUCHER + doc.id(), id);
        return Outcome.delivered(id);
    }

    /** Uploads the receipt's PDF (else its e-invoice); null when it has no file. */
    private String upload(Document doc) throws ConnectorException {
        Optional<Attachment> file =
                doc.attachments().stream().min(Comparator.comparing(a -> a.kind() == AttachmentKind.PDF ? 0 : 1));
        if (file.isEmpty()) {
            return null;
        }
        Attachment attachment = file.get();
        byte[] content = context.attachment(attachment.sha256())
                .orElseThrow(() -> new ConnectorException(
                        Kind.NOT_FOUND,
                        "the file " + attachment.fileName() + " of receipt " + doc.number() + " is missing"));
        return client.uploadTempFile(attachment.fileName(), attachment.mediaType(), content);
    }

    private static boolean sameSupplier(Voucher voucher, Document doc) {
        String supplier = doc.party() == null ? null : doc.party().displayName();
        return supplier == null
                || supplier.equalsIgnoreCase(
                        String.valueOf(voucher.supplierName()).strip());
    }
}
