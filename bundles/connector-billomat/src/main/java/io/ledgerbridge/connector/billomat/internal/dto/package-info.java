/** Billomat's wire format as the connector reads it (internal). */
package io.ledgerbridge.connector.billomat.internal.dto;
