package io.ledgerbridge.model;

/** What kind of business document this is. */
public enum DocumentType {
    SALES_INVOICE,
    CREDIT_NOTE,
    RECEIPT,
    OTHER
}
