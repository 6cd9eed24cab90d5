/**
 * The connector SPI. A connector bundle registers one {@link io.ledgerbridge.model.spi.Connector} service per
 * connection (a DS component per factory configuration of the connector's PID). The engine owns threads, retries,
 * persistence and secrets; a connector only describes itself, tests a connection, exports one document and imports
 * documents since a cursor, answering with typed outcomes.
 */
@Export
@Version("1.1.0")
package io.ledgerbridge.model.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
