package io.ledgerbridge.connector.sevdesk.internal.dto;

/**
 * The body of {@code PUT /Invoice/{id}/sendBy}: marks an invoice as sent (status 100 to 200); sends nothing.
 *
 * @param sendType VPR printed, VP postal, VM mail, VPDF downloaded PDF
 * @param sendDraft false: really move it out of draft
 */
public record SendBy(String sendType, boolean sendDraft) {}
