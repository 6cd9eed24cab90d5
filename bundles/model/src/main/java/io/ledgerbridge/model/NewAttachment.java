package io.ledgerbridge.model;

/**
 * A file submitted with a new document.
 *
 * @param kind PDF or e-invoice
 * @param fileName the file name, e.g. "RE-1001.pdf"
 * @param mediaType application/pdf for PDFs; application/xml or text/xml for e-invoices
 * @param content the file's bytes (in JSON: the field {@code content}, base64)
 */
public record NewAttachment(AttachmentKind kind, String fileName, String mediaType, byte[] content) {}
