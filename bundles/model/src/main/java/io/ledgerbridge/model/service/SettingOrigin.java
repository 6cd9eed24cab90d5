package io.ledgerbridge.model.service;

/** Where the value of a connection's setting comes from (see {@link ConnectionAdmin#origins}). */
public enum SettingOrigin {
    /** The connection's own value; every setting of a partner connection is its own. */
    OWN,
    /** Taken from a client connection's partner connection, and changed with it. */
    PARTNER
}
