package io.ledgerbridge.sandbox.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** What the control API needs from a simulator's state: reset it and look into its collections. */
public interface ControlledState {

    /** Back to the seeded initial state with the configured settings. */
    void reset();

    Set<String> collections();

    /** Deep copies of one collection's objects; IllegalArgumentException for an unknown collection. */
    List<JsonNode> snapshot(String collection);
}
