/** The billomat connector (internal). */
package io.ledgerbridge.connector.billomat.internal;
