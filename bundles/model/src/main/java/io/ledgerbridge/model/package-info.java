/**
 * The Ledgerbridge document model: business documents (invoices, credit notes, receipts), their parties, lines,
 * totals and attachments, the validation rules every document passes at intake, and the lifecycle state machine.
 * Money is always {@link java.math.BigDecimal}; there is no binary floating point in the model. 1.1: a document's
 * link back to the ERP ({@code sourceUrl}) and its warnings.
 */
@Export
@Version("1.1.0")
package io.ledgerbridge.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
