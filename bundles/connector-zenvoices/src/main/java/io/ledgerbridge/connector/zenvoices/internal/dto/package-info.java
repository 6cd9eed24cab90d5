/** Zenvoices' wire format: the parts of ABP replies the connector reads (internal). */
package io.ledgerbridge.connector.zenvoices.internal.dto;
