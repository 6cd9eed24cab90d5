package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.billomat.internal.dto.BillomatPage;
import io.ledgerbridge.connector.billomat.internal.dto.InboxDocumentDto;
import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.model.Attachment;
import io.ledgerbridge.model.AttachmentKind;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.spi.ConnectionContext;
import io.ledgerbridge.model.spi.ExportRequest;
import java.util.Comparator;
import java.util.Optional;

/**
 * The inbox-document target: the document's PDF (or, without one, its e-invoice file) as a Billomat inbox document
 * whose metadata names the document. After an uncertain attempt the inbox is searched for that metadata first.
 */
final class InboxExport {
    /** Most inbox pages searched after an uncertain attempt (1000 documents each). */
    static final int MAX_LOOKUP_PAGES = 10;

    private final ExportMapper mapper;

    InboxExport(ExportMapper mapper) {
        this.mapper = mapper;
    }

    /** The file to send: the PDF, else the e-invoice; empty when the document has neither. */
    static Optional<Attachment> file(Document document) {
        return document.attachments() == null
                ? Optional.empty()
                : document.attachments().stream()
                        .min(Comparator.comparing(attachment -> attachment.kind() == AttachmentKind.PDF ? 0 : 1));
    }

    /** Why this document cannot go to the inbox, or empty when it can. */
    static Optional<String> unsupported(Document document) {
        return file(document).isPresent()
                ? Optional.empty()
                : Optional.of("Billomat: document " + document.number()
                        + " has no PDF or e-invoice file, and the Billomat inbox takes files only");
    }

    /** Exports the document's file; returns Billomat's inbox document id. */
    String export(BillomatClient client, Memory memory, ConnectionContext context, ExportRequest request)
            throws ConnectorException {
        Document document = request.document();
        Optional<String> known = memory.inboxDocumentOf(document.id());
        if (known.isPresent()) {
            return known.get();
        }
        if (request.afterUncertainAttempt()) {
            Optional<String> found = lookup(client, document.id());
            if (found.isPresent()) {
                memory.inboxDocumentOf(document.id(), found.get());
                return found.get();
            }
        }
        Attachment file = file(document).orElseThrow();
        byte[] content = context.attachment(file.sha256())
                .orElseThrow(() -> new ConnectorException(
                        Kind.NOT_FOUND,
                        "the file " + file.fileName() + " of document " + document.number()
                                + " is missing in Ledgerbridge's store"));
        String id = client.createInboxDocument(mapper.inboxDocument(document, file.fileName(), content));
        memory.inboxDocumentOf(document.id(), id);
        return id;
    }

    /** The inbox document whose metadata names this document (the list omits the files, so pages are small). */
    static Optional<String> lookup(BillomatClient client, String documentId) throws ConnectorException {
        for (int page = 1; page <= MAX_LOOKUP_PAGES; page++) {
            BillomatPage<InboxDocumentDto> documents = client.inboxDocuments(page, BillomatClient.MAX_PER_PAGE);
            Optional<String> found = documents.items().stream()
                    .filter(inbox -> documentId.equals(inbox.metadata().get(ExportMapper.DOCUMENT_KEY)))
                    .map(InboxDocumentDto::id)
                    .findFirst();
            if (found.isPresent() || !documents.hasMore()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
