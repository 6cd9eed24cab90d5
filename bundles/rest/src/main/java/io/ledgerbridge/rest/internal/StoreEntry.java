package io.ledgerbridge.rest.internal;

import java.util.List;

/**
 * A connector in the store.
 *
 * @param id the connector id, e.g. "sevdesk"
 * @param feature the Karaf feature that installs it
 * @param name the name users see
 * @param vendor who makes it
 * @param description what it does
 * @param version its version
 * @param capabilities what it can do
 * @param installed whether it is installed
 * @param connections how many connections use it (visible to the caller)
 * @param job the install or uninstall job under way, if any
 */
record StoreEntry(
        String id,
        String feature,
        String name,
        String vendor,
        String description,
        String version,
        List<String> capabilities,
        boolean installed,
        long connections,
        StoreJob.View job) {}
