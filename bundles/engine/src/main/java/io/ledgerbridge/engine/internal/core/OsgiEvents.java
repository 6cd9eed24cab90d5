package io.ledgerbridge.engine.internal.core;

import io.ledgerbridge.engine.internal.transfer.EventSink;
import io.ledgerbridge.engine.internal.transfer.Transfer;
import io.ledgerbridge.engine.internal.transfer.TransferStatus;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts an EventAdmin event {@code io/ledgerbridge/transfer/<STATUS>} per settled transfer, when EventAdmin is there. */
final class OsgiEvents implements EventSink {
    static final String TOPIC_PREFIX = "io/ledgerbridge/transfer/";
    private volatile EventAdmin eventAdmin;

    void set(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    @Override
    public void settled(Transfer t, TransferStatus status, String kind, String message) {
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put("transferId", t.id());
        props.put("documentId", t.documentId());
        props.put("connectionId", t.connectionId());
        props.put("tenantId", t.tenantId());
        props.put("status", status.name());
        if (kind != null) {
            props.put("kind", kind);
        }
        if (message != null) {
            props.put("message", message);
        }
        admin.postEvent(new Event(TOPIC_PREFIX + status.name(), props));
    }
}
