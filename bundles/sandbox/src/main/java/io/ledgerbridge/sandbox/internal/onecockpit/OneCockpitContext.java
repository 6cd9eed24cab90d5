package io.ledgerbridge.sandbox.internal.onecockpit;

import io.ledgerbridge.sandbox.internal.state.CreateCounter;
import java.time.Clock;

/** What the OneCockpit handlers share: the current state (swapped on reset), clock and create counter. */
final class OneCockpitContext {

    final Clock clock;
    final CreateCounter creates;
    OneCockpitState state;

    OneCockpitContext(Clock clock, CreateCounter creates, OneCockpitState state) {
        this.clock = clock;
        this.creates = creates;
        this.state = state;
    }
}
