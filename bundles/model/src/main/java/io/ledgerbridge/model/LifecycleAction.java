package io.ledgerbridge.model;

/** What an ERP asks to happen to a document; each successful action records a {@link LifecycleEvent}. */
public enum LifecycleAction {
    FINALIZE(LifecycleEvent.FINALIZED),
    APPROVE(LifecycleEvent.APPROVED),
    SEND(LifecycleEvent.SENT),
    MARK_PAID(LifecycleEvent.PAID),
    CANCEL(LifecycleEvent.CANCELLED);

    private final LifecycleEvent event;

    LifecycleAction(LifecycleEvent event) {
        this.event = event;
    }

    /** The event recorded when this action succeeds. */
    public LifecycleEvent event() {
        return event;
    }
}
