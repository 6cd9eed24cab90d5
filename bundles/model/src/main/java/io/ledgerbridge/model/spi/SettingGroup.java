package io.ledgerbridge.model.spi;

/** The groups a connection's settings form is laid out in, in this order. */
public enum SettingGroup {
    /** Who the connection is for, its name, whether it runs, and the connector's own main settings. */
    CONNECTION,
    /** Which documents an export connection sends, and when. */
    WHAT_IS_SENT,
    /** How an import connection brings documents in. */
    IMPORT,
    /** Settings few partners need to change (e.g. the target's address for a test system). */
    ADVANCED
}
