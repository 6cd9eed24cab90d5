package io.ledgerbridge.engine.internal.transfer;

/** Told of every settled transfer (for live UI updates through EventAdmin). */
@FunctionalInterface
public interface EventSink {
    EventSink NONE = (transfer, status, kind, message) -> {};

    void settled(Transfer transfer, TransferStatus status, String kind, String message);
}
