package io.ledgerbridge.engine.internal.transfer;

import io.ledgerbridge.engine.internal.connections.Connections;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.LifecycleEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Routing, in the intake transaction (transactional outbox): a lifecycle event writes one transfer per matching
 * active connection of the document's tenant, at most one export per (document, connection). A payment or a
 * cancellation of an already exported document writes a payment or cancellation update for the connections that
 * exported it.
 */
public final class Router {
    private final Connections connections;
    private final TransferStore transfers;
    private final Consumer<String> onRouted;

    /** @param onRouted told the connection id of each new transfer (before the caller commits: a wake-up hint) */
    public Router(Connections connections, TransferStore transfers, Consumer<String> onRouted) {
        this.connections = connections;
        this.transfers = transfers;
        this.onRouted = onRouted;
    }

    /** Writes the transfers the event causes; returns how many. */
    public int route(Connection c, Document doc, LifecycleEvent event, Instant at) throws SQLException {
        int routed = 0;
        for (var conn : connections.sendingFor(doc.tenantId())) {
            if (!conn.rules().selects(doc)) {
                continue;
            }
            boolean inserted = false;
            if (conn.rules().triggeredBy(event)) {
                inserted = transfers.insertIfAbsent(
                        c, doc.id(), conn.id(), doc.tenantId(), Purpose.EXPORT, event, Transfer.LIVE, null, at);
            }
            Purpose update = event == LifecycleEvent.PAID
                    ? Purpose.PAYMENT
                    : event == LifecycleEvent.CANCELLED ? Purpose.CANCELLATION : null;
            if (!inserted && update != null && hasExport(c, doc.id(), conn.id())) {
                inserted = transfers.insertIfAbsent(
                        c, doc.id(), conn.id(), doc.tenantId(), update, event, Transfer.LIVE, null, at);
            }
            if (inserted) {
                routed++;
                onRouted.accept(conn.id());
            }
        }
        return routed;
    }

    private static boolean hasExport(Connection c, String documentId, String connectionId) throws SQLException {
        return !TransferStore.query(
                        c,
                        "SELECT " + TransferStore.COLUMNS + " FROM transfer WHERE document_id = ? "
                                + "AND connection_id = ? AND purpose = 'EXPORT'",
                        documentId,
                        connectionId)
                .isEmpty();
    }
}
