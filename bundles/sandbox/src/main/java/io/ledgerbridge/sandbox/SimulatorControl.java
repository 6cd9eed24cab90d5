package io.ledgerbridge.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Steers and observes one simulator from Java; the same operations are available over HTTP under
 * {@code /__sim/...} on the simulator's port. Control calls bypass authentication, faults, latency and rate limits
 * and are not written to the request log.
 */
public interface SimulatorControl {

    /** Restores the initial state: seeded data and credentials, default settings, no faults, latency or log. */
    void reset();

    /**
     * Queues a fault for the next matching API requests.
     *
     * @param fault what to do and for which requests
     * @throws IllegalStateException when 1000 faults are already queued
     */
    void inject(Fault fault);

    /** Drops every queued fault. */
    void clearFaults();

    /**
     * @return the queued faults with their remaining counts
     */
    List<Fault> faults();

    /**
     * Delays every API response by a fixed time (no thread is blocked while waiting).
     *
     * @param latency the added latency; zero switches it off
     */
    void setLatency(Duration latency);

    /**
     * @return the current added latency
     */
    Duration latency();

    /**
     * @return the API requests seen so far, oldest first (bounded: the oldest entries are evicted first)
     */
    List<RecordedRequest> requests();

    /** Empties the request log. */
    void clearRequests();

    /**
     * How often an object with this natural key was created, e.g. {@code createCount("invoiceNumber", "RE-1")}.
     *
     * @param kind the simulator-specific kind of natural key (see the constants on each simulator class)
     * @param key the natural key
     * @return the number of creates, 0 if none
     */
    int createCount(String kind, String key);

    /**
     * @param kind the kind of natural key
     * @return the create count per key of this kind
     */
    Map<String, Integer> createCounts(String kind);

    /**
     * Keys created more than once, per kind; empty when there were no duplicates.
     *
     * @return kind to (key to count), only entries with a count above one
     */
    Map<String, Map<String, Integer>> duplicates();

    /**
     * @return the names accepted by {@link #snapshot(String)}
     */
    Set<String> collections();

    /**
     * A deep copy of the stored objects of one collection, as the API would render them.
     *
     * @param collection one of {@link #collections()}
     * @return the objects in id order
     * @throws IllegalArgumentException for an unknown collection
     */
    List<Map<String, Object>> snapshot(String collection);
}
