package io.ledgerbridge.sandbox.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import org.junit.jupiter.api.Test;

class BoundsTest {

    @Test
    void storesRefuseObjectsBeyondTheCapacityWith507() {
        Capacity capacity = new Capacity(2, 100);
        Store store = new Store(7, capacity);
        assertEquals(
                "7",
                store.insert(id -> Json.object().put("id", String.valueOf(id)))
                        .path("id")
                        .asText());
        store.insert(id -> Json.object());
        ApiException full = assertThrows(ApiException.class, () -> store.insert(id -> Json.object()));
        assertEquals(507, full.status());
        store.remove("7");
        store.insert(id -> Json.object());
        assertEquals(2, capacity.objects());
    }

    @Test
    void fileBytesAreBoundedToo() {
        Store store = new Store(1, new Capacity(10, 100));
        store.insert(60, id -> Json.object());
        assertEquals(
                507,
                assertThrows(ApiException.class, () -> store.insert(60, id -> Json.object()))
                        .status());
    }

    @Test
    void createCounterReportsOnlyDuplicates() {
        CreateCounter counter = new CreateCounter();
        counter.record("invoice", "A");
        counter.record("invoice", "A");
        counter.record("invoice", "B");
        counter.record("invoice", null);
        assertEquals(2, counter.count("invoice", "A"));
        assertEquals(java.util.Map.of("invoice", java.util.Map.of("A", 2)), counter.duplicates());
        counter.clear();
        assertEquals(0, counter.count("invoice", "A"));
    }
}
