package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.billomat.internal.dto.BillomatPage;
import io.ledgerbridge.connector.billomat.internal.dto.ClientDto;
import io.ledgerbridge.connector.billomat.internal.dto.InvoiceDto;
import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.model.spi.ImportBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports Billomat invoices page by page in id order (there is no "changed since" filter): completed ones with their
 * items and client, drafts once completed; steps back a page when deleted drafts moved invoices, and stops when the
 * import's share of the rate limit is used up.
 */
final class InvoiceImport {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceImport.class);
    static final int PER_PAGE = 50;
    /** Pages read in one batch when pages hold nothing new (after a step back). */
    static final int MAX_PAGES_PER_BATCH = 3;
    /** Completed drafts imported in one batch. */
    static final int MAX_DRAFT_CHECKS = 20;
    /** Calls one imported invoice costs at most: its items and its client. */
    static final int CALLS_PER_INVOICE = 2;

    private final ImportMapper mapper;
    private final QuotaGuard quota;
    private final int keepFree;

    InvoiceImport(ImportMapper mapper, QuotaGuard quota, int keepFree) {
        this.mapper = mapper;
        this.quota = quota;
        this.keepFree = keepFree;
    }

    /** The next batch after the cursor; failures before anything was read are thrown. */
    ImportBatch next(BillomatClient client, String cursor) throws ConnectorException {
        Run run = new Run(client, ImportCursor.parse(cursor));
        boolean more = run.scan();
        if (!more && !run.stopped && !run.cursor.drafts().isEmpty()) {
            try {
                more = run.checkDrafts();
            } catch (ConnectorException e) {
                if (run.documents.isEmpty()) {
                    throw e;
                }
                LOG.warn("Billomat import: drafts are looked at again next time: {}", e.getMessage());
            }
        }
        return new ImportBatch(run.documents, run.cursor.text(), more && !run.stopped, null);
    }

    /** One batch: the cursor as it moves and the documents read so far. */
    private final class Run {
        private final BillomatClient client;
        private final List<ImportBatch.Imported> documents = new ArrayList<>();
        private final Map<String, Optional<ClientDto>> clients = new HashMap<>();
        private ImportCursor cursor;
        private boolean stopped;

        Run(BillomatClient client, ImportCursor cursor) {
            this.client = client;
            this.cursor = cursor;
        }

        /** Reads on from the cursor; true when Billomat has more invoices after this batch. */
        boolean scan() throws ConnectorException {
            int page = cursor.anchorPage(PER_PAGE);
            BillomatPage<InvoiceDto> current = client.invoices(Map.of(), page, PER_PAGE);
            int last = Math.max(1, (current.total() + PER_PAGE - 1) / PER_PAGE);
            if (current.items().isEmpty() && page > last) {
                // the cursor lies past the end (many invoices deleted since): go to the last page at once, not
                // one page back per call
                page = last;
                current = client.invoices(Map.of(), page, PER_PAGE);
            }
            while (page > 1 && startsAfterCursor(current)) {
                page--;
                current = client.invoices(Map.of(), page, PER_PAGE);
            }
            for (int read = 1; ; read++) {
                boolean progressed = read(current);
                if (progressed || stopped || !current.hasMore() || read >= MAX_PAGES_PER_BATCH) {
                    return current.hasMore();
                }
                current = client.invoices(Map.of(), current.page() + 1, PER_PAGE);
            }
        }

        /** True when invoices after the cursor may sit on earlier pages (drafts before them were deleted). */
        private boolean startsAfterCursor(BillomatPage<InvoiceDto> page) {
            return page.items().isEmpty() || page.items().get(0).numericId() > cursor.lastId();
        }

        /** Handles the invoices of a page after the cursor; true when there were any. */
        private boolean read(BillomatPage<InvoiceDto> page) throws ConnectorException {
            int position = (page.page() - 1) * page.perPage();
            boolean progressed = false;
            for (InvoiceDto invoice : page.items()) {
                position++;
                if (invoice.numericId() > cursor.lastId()) {
                    if (!handle(invoice)) {
                        return progressed;
                    }
                    progressed = true;
                }
                cursor = cursor.passed(invoice.numericId(), position);
            }
            return progressed;
        }

        /** Imports, notes or skips one invoice; false when the batch must stop before it. */
        private boolean handle(InvoiceDto invoice) throws ConnectorException {
            if (invoice.draft()) {
                cursor = cursor.withDraft(invoice.numericId());
                return true;
            }
            if (!invoice.issued()) {
                return true; // cancelled: not a receivable
            }
            return importOrStop(invoice);
        }

        /** Looks again at the drafts passed before; true when more of them are waiting. */
        boolean checkDrafts() throws ConnectorException {
            Set<Long> stillDrafts = new HashSet<>();
            for (int page = 1; page <= 5; page++) {
                BillomatPage<InvoiceDto> drafts =
                        client.invoices(Map.of("status", "DRAFT"), page, BillomatClient.MAX_PER_PAGE);
                drafts.items().forEach(draft -> stillDrafts.add(draft.numericId()));
                if (!drafts.hasMore()) {
                    break;
                }
            }
            int checked = 0;
            for (Long id : cursor.drafts()) {
                if (stillDrafts.contains(id)) {
                    continue;
                }
                if (checked++ == MAX_DRAFT_CHECKS) {
                    return true;
                }
                Optional<InvoiceDto> invoice = client.invoice(String.valueOf(id));
                if (invoice.isPresent() && invoice.get().issued() && !importOrStop(invoice.get())) {
                    return false;
                }
                cursor = cursor.withoutDraft(id); // completed and imported, deleted, or cancelled
            }
            return false;
        }

        /** Imports an invoice unless the import's share of the limit is used up or a call fails mid-batch. */
        private boolean importOrStop(InvoiceDto invoice) throws ConnectorException {
            if (!quota.allows(CALLS_PER_INVOICE, keepFree)) {
                if (documents.isEmpty()) {
                    throw quota.exhausted(keepFree);
                }
                stopped = true;
                return false;
            }
            try {
                documents.add(new ImportBatch.Imported(
                        invoice.id(), mapper.draft(invoice, client.invoiceItems(invoice.id()), clientOf(invoice))));
                return true;
            } catch (ConnectorException e) {
                if (documents.isEmpty()) {
                    throw e;
                }
                LOG.warn(
                        "Billomat import stopped after {} invoices, continuing next time: {}",
                        documents.size(),
                        e.getMessage());
                stopped = true;
                return false;
            }
        }

        private ClientDto clientOf(InvoiceDto invoice) throws ConnectorException {
            if (invoice.clientId() == null) {
                return null;
            }
            Optional<ClientDto> known = clients.get(invoice.clientId());
            if (known == null) {
                known = client.client(invoice.clientId());
                clients.put(invoice.clientId(), known);
            }
            return known.orElse(null);
        }
    }
}
