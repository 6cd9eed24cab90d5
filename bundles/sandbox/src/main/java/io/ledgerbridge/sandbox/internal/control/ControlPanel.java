package io.ledgerbridge.sandbox.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.RecordedRequest;
import io.ledgerbridge.sandbox.SimulatorControl;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.state.ControlledState;
import io.ledgerbridge.sandbox.internal.state.CreateCounter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** The shared implementation of {@link SimulatorControl}: faults, latency, request log, create counts, state. */
public final class ControlPanel implements SimulatorControl {

    private final FaultInjector faults = new FaultInjector();
    private final RequestLog log = new RequestLog();
    private final CreateCounter creates;
    private final ControlledState state;
    private final List<Runnable> resetListeners = new CopyOnWriteArrayList<>();
    private volatile Duration latency = Duration.ZERO;

    public ControlPanel(CreateCounter creates, ControlledState state) {
        this.creates = creates;
        this.state = state;
    }

    /** Runs the listener on every reset (the server releases held requests this way). */
    public void onReset(Runnable listener) {
        resetListeners.add(listener);
    }

    public FaultInjector faultInjector() {
        return faults;
    }

    public RequestLog requestLog() {
        return log;
    }

    public CreateCounter createCounter() {
        return creates;
    }

    @Override
    public void reset() {
        faults.clear();
        latency = Duration.ZERO;
        resetListeners.forEach(Runnable::run);
        state.reset();
        creates.clear();
        log.clear();
    }

    @Override
    public void inject(Fault fault) {
        faults.add(Objects.requireNonNull(fault, "fault"));
    }

    @Override
    public void clearFaults() {
        faults.clear();
    }

    @Override
    public List<Fault> faults() {
        return faults.list();
    }

    @Override
    public void setLatency(Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("latency must be zero or positive: " + value);
        }
        latency = value;
    }

    @Override
    public Duration latency() {
        return latency;
    }

    @Override
    public List<RecordedRequest> requests() {
        return log.entries();
    }

    @Override
    public void clearRequests() {
        log.clear();
    }

    @Override
    public int createCount(String kind, String key) {
        return creates.count(kind, key);
    }

    @Override
    public Map<String, Integer> createCounts(String kind) {
        return creates.counts(kind);
    }

    @Override
    public Map<String, Map<String, Integer>> duplicates() {
        return creates.duplicates();
    }

    @Override
    public Set<String> collections() {
        return state.collections();
    }

    @Override
    public List<Map<String, Object>> snapshot(String collection) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (JsonNode node : state.snapshot(collection)) {
            result.add(Json.toMap(node));
        }
        return result;
    }

    /** The raw JSON snapshot, for the HTTP control API. */
    public List<JsonNode> snapshotJson(String collection) {
        return state.snapshot(collection);
    }
}
