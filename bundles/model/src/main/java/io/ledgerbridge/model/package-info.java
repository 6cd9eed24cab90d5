/**
 * The Ledgerbridge document model: business documents (invoices, credit notes, receipts), their parties, lines,
 * totals and attachments, the validation rules every document passes at intake, and the lifecycle state machine.
 * Money is always {@link java.math.BigDecimal}; there is no binary floating point in the model.
 */
@Export
@Version("1.0.0")
package io.ledgerbridge.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
