/** OneCockpit's wire format: request bodies and the parts of replies the connector reads (internal). */
package io.ledgerbridge.connector.onecockpit.internal.dto;
