package io.ledgerbridge.model.spi;

/** Why an attempt failed; the engine decides from the kind whether to retry, pause the connection or give up. */
public enum FailureKind {
    /** Credentials are wrong, expired or revoked: the connection is paused until its configuration changes. */
    AUTH,
    /** The credentials lack a right: the connection is paused. */
    PERMISSION,
    /** A setting is wrong (unknown company code, bad URL): the connection is paused. */
    CONFIGURATION,
    /** Something the export needs does not exist in the target: this transfer fails. */
    NOT_FOUND,
    /** The target rejected this document's content: this transfer fails and needs a person. */
    VALIDATION,
    /** The target's rate limit was hit: retried after the given wait. */
    RATE_LIMITED,
    /** The target is unreachable, slow or answered 5xx: retried with backoff. */
    UNAVAILABLE;

    /** True when the whole connection stops until a person fixes its configuration. */
    public boolean pausesConnection() {
        return this == AUTH || this == PERMISSION || this == CONFIGURATION;
    }

    /** True when the same attempt may succeed later. */
    public boolean retryable() {
        return this == RATE_LIMITED || this == UNAVAILABLE;
    }
}
