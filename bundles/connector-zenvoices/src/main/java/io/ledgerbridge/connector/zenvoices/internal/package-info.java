/** The Zenvoices connector (internal). */
package io.ledgerbridge.connector.zenvoices.internal;
