package io.ledgerbridge.sandbox.internal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.RecordedRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void theOldestEntriesAreEvictedBeyondTheCap() {
        RequestLog log = new RequestLog();
        for (int i = 0; i < RequestLog.MAX_ENTRIES + 5; i++) {
            log.add(new RecordedRequest("GET", "/" + i, "", 200, Instant.EPOCH, 0));
        }
        List<RecordedRequest> entries = log.entries();
        assertEquals(RequestLog.MAX_ENTRIES, entries.size());
        assertEquals("/5", entries.get(0).path());
    }

    @Test
    void faultQueueIsBoundedAndConsumedInOrder() {
        FaultInjector faults = new FaultInjector();
        faults.add(Fault.status(500).onPath("/a").times(2));
        faults.add(Fault.status(503));
        assertEquals(500, faults.take("GET", "/a/b", "/b").status());
        assertEquals(503, faults.take("GET", "/x", "/x").status());
        assertEquals(500, faults.take("GET", "/x", "/a").status());
        assertEquals(null, faults.take("GET", "/a", "/a"));
        for (int i = 0; i < FaultInjector.MAX_FAULTS; i++) {
            faults.add(Fault.drop());
        }
        assertThrows(IllegalStateException.class, () -> faults.add(Fault.drop()));
    }
}
