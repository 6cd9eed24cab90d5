package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.zenvoices.internal.dto.Administration;
import io.ledgerbridge.model.Attachment;
import io.ledgerbridge.model.AttachmentKind;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.ExportRequest;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One document into the company's inbox: its PDF as the inbox item's file and its e-invoice beside it (or the
 * e-invoice alone), with Ledgerbridge's document id as the item's externalId. After an uncertain attempt the inbox is
 * searched for that externalId first, so a document is never uploaded twice.
 */
final class InboxExport {
    private final AssumedInboxUpload inbox;
    private final Companies companies;

    InboxExport(AssumedInboxUpload inbox, Companies companies) {
        this.inbox = inbox;
        this.companies = companies;
    }

    /** Why Zenvoices does not take the document, or empty when it does: never a silent skip. */
    static Optional<String> unsupported(Document doc) {
        if (doc.type() == DocumentType.OTHER) {
            return Optional.of("Zenvoices: documents of type OTHER are not sent; the Zenvoices inbox takes invoices, "
                    + "credit notes and receipts");
        }
        if (doc.attachments() == null || doc.attachments().isEmpty()) {
            return Optional.of("Zenvoices: " + doc.number() + " has no PDF or e-invoice attached, and the Zenvoices "
                    + "inbox takes files only; submit the document with its PDF");
        }
        return Optional.empty();
    }

    Outcome export(Session session, ConnectionContext context, ExportRequest request) throws Failure {
        Document doc = request.document();
        List<AssumedInboxUpload.File> files = files(doc, context);
        Administration company = companies.resolve(session, false);
        if (request.afterUncertainAttempt()) {
            Optional<String> found = session.call(Step.INBOX, token -> inbox.find(token, company.id(), doc.id()));
            if (found.isPresent()) {
                return Outcome.delivered(found.get());
            }
        }
        String id = session.call(Step.UPLOAD, token -> uploadUnlessGone(token, upload(doc, company, files)));
        if (id == null) { // the company's id changed (or it is gone): look it up once more
            companies.forget();
            Administration again = companies.resolve(session, true);
            if (again.id() == company.id()) {
                throw ZenvoicesMessages.companyGone(session.settings());
            }
            id = session.call(Step.UPLOAD, token -> inbox.upload(token, upload(doc, again, files)));
        }
        return Outcome.delivered(id);
    }

    private String uploadUnlessGone(String token, AssumedInboxUpload.Upload upload) throws ConnectorException {
        try {
            return inbox.upload(token, upload);
        } catch (ConnectorException e) {
            if (e.kind() == ConnectorException.Kind.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    static AssumedInboxUpload.Upload upload(Document doc, Administration company, List<AssumedInboxUpload.File> files) {
        boolean incoming = doc.direction() == Direction.INCOMING;
        String party = doc.party() == null ? "" : doc.party().displayName();
        String subject = label(doc) + " " + doc.number() + (!incoming && !party.isEmpty() ? " to " + party : "") + ", "
                + doc.issueDate();
        return new AssumedInboxUpload.Upload(
                company.id(),
                doc.id(),
                subject,
                incoming && !party.isEmpty() ? party : null,
                files.get(0),
                files.subList(1, files.size()));
    }

    private static String label(Document doc) {
        boolean incoming = doc.direction() == Direction.INCOMING;
        return switch (doc.type()) {
            case SALES_INVOICE -> incoming ? "Purchase invoice" : "Sales invoice";
            case CREDIT_NOTE -> incoming ? "Credit note received" : "Credit note";
            case RECEIPT -> "Receipt";
            case OTHER -> "Document";
        };
    }

    /** The document's files, the PDF first; NOT_FOUND when one is missing from Ledgerbridge's store. */
    private static List<AssumedInboxUpload.File> files(Document doc, ConnectionContext context) throws Failure {
        List<Attachment> attachments = new ArrayList<>(doc.attachments());
        attachments.sort(Comparator.comparing(a -> a.kind() == AttachmentKind.PDF ? 0 : 1));
        List<AssumedInboxUpload.File> files = new ArrayList<>();
        for (Attachment a : attachments) {
            byte[] content = context.attachment(a.sha256())
                    .orElseThrow(() -> new Failure(
                            FailureKind.NOT_FOUND,
                            "the file " + a.fileName() + " of " + doc.number()
                                    + " is missing from Ledgerbridge's store; "
                                    + "submit the document with its file again"));
            String name = a.fileName() == null || a.fileName().isBlank()
                    ? doc.number() + (a.kind() == AttachmentKind.PDF ? ".pdf" : ".xml")
                    : a.fileName();
            files.add(new AssumedInboxUpload.File(name, content));
        }
        return files;
    }
}
