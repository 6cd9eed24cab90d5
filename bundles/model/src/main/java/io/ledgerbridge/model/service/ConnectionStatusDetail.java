package io.ledgerbridge.model.service;

import io.ledgerbridge.model.spi.FailureKind;

/** Why a connection is {@link ConnectionStatus#OFFLINE} (after openHAB's {@code ThingStatusDetail}). */
public enum ConnectionStatusDetail {
    /** Not offline. */
    NONE,
    /** A setting is wrong or missing (e.g. an unknown company code). */
    CONFIGURATION_ERROR,
    /** The service refused the credentials. */
    AUTH_ERROR,
    /** The credentials lack a permission the connection needs. */
    PERMISSION_ERROR,
    /** The service could not be reached or answered with a server error. */
    COMMUNICATION_ERROR,
    /** The service asks to slow down. */
    RATE_LIMITED,
    /** The connector is not installed; the connection and its queued transfers wait for it. */
    CONNECTOR_MISSING;

    /** The detail a failure of this kind puts a connection in; NONE for kinds that concern one document only. */
    public static ConnectionStatusDetail of(FailureKind kind) {
        return switch (kind) {
            case AUTH -> AUTH_ERROR;
            case PERMISSION -> PERMISSION_ERROR;
            case CONFIGURATION -> CONFIGURATION_ERROR;
            case VALIDATION, NOT_FOUND -> NONE;
            case RATE_LIMITED -> RATE_LIMITED;
            case UNAVAILABLE -> COMMUNICATION_ERROR;
        };
    }
}
