/** The sevdesk connector (internal). */
package io.ledgerbridge.connector.sevdesk.internal;
