package io.ledgerbridge.engine.internal.imports;

import io.ledgerbridge.engine.internal.connections.Connection;
import io.ledgerbridge.engine.internal.connections.ConnectionKeys;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.service.ValidationException;
import io.ledgerbridge.model.spi.ImportBatch;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores one import batch: the connection's defaults applied, each document through the intake. */
final class ImportRun {
    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final ImportStatus status;
    private volatile ImportSink sink;

    ImportRun(ImportStatus status) {
        this.status = status;
    }

    void setSink(ImportSink sink) {
        this.sink = sink;
    }

    boolean ready() {
        return sink != null;
    }

    /** Counts of one run, for the connection's last result. */
    static final class Totals {
        int added;
        int known;
        int changed;
        int invalid;

        String summary() {
            return added + " imported, " + known + " already there"
                    + (changed > 0
                            ? ", " + changed + " changed in the source after import (kept as first imported)"
                            : "")
                    + (invalid > 0 ? ", " + invalid + " rejected (see the log)" : "");
        }
    }

    /** Stores the batch; false when the connector reported a failure (the cursor must not move). */
    boolean store(Connection conn, ImportBatch batch, Totals totals) {
        if (batch.failure() != null) {
            status.failed(conn, batch.failure());
            return false;
        }
        for (ImportBatch.Imported item : batch.documents()) {
            try {
                switch (sink.store(conn, item.remoteId(), withDefaults(conn, item))) {
                    case NEW -> totals.added++;
                    case ALREADY_IMPORTED -> totals.known++;
                    case CHANGED_REMOTELY -> totals.changed++;
                }
            } catch (ValidationException e) {
                totals.invalid++;
                LOG.warn(
                        "Imported document {} of connection {} was rejected: {}",
                        item.remoteId(),
                        conn.id(),
                        e.getMessage());
            }
        }
        status.succeeded(conn, totals.summary());
        return true;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static DocumentDraft withDefaults(Connection conn, ImportBatch.Imported item) {
        DocumentDraft d = item.draft();
        String tenant = blankToNull(conn.property(ConnectionKeys.IMPORT_TENANT));
        tenant = tenant != null ? tenant : conn.tenantId();
        DocumentType type = d.type();
        String defaultType = blankToNull(conn.property(ConnectionKeys.IMPORT_DOCUMENT_TYPE));
        if (type == null && defaultType != null) {
            try {
                type = DocumentType.valueOf(defaultType.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                type = null; // left empty: the intake names the missing type
            }
        }
        Set<String> tags = new LinkedHashSet<>(d.tags() == null ? List.of() : d.tags());
        String extra = conn.property(ConnectionKeys.IMPORT_TAGS);
        if (extra != null) {
            Arrays.stream(extra.replace("[", "").replace("]", "").split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(tags::add);
        }
        String sourceId = d.sourceId() != null && !d.sourceId().isBlank()
                ? d.sourceId()
                : "import:" + conn.id() + ":" + item.remoteId();
        return new DocumentDraft(
                tenant,
                sourceId,
                type,
                d.direction(),
                d.number(),
                d.issueDate(),
                d.deliveryDate(),
                d.dueDate(),
                d.currency(),
                d.lines(),
                d.totals(),
                d.party(),
                List.copyOf(tags),
                d.attachments());
    }
}
