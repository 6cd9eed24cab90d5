package io.ledgerbridge.model.service;

/** Whether a connection works, as far as the platform knows (after openHAB's {@code ThingStatus}). */
public enum ConnectionStatus {
    /** Nothing was sent or tested since it was configured. */
    UNKNOWN,
    /** The last call to the service succeeded. */
    ONLINE,
    /** The connection cannot deliver; {@link ConnectionStatusDetail} says why. */
    OFFLINE
}
