/** The OneCockpit connector (internal). */
package io.ledgerbridge.connector.onecockpit.internal;
