package io.ledgerbridge.model.service;

import io.ledgerbridge.model.Document;

/**
 * The outcome of submitting a document.
 *
 * @param document the stored document
 * @param created true when this call stored it; false when the same payload had been submitted before
 */
public record CreateResult(Document document, boolean created) {}
