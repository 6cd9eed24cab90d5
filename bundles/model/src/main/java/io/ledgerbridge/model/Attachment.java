package io.ledgerbridge.model;

/**
 * A file attached to a stored document. The content is stored once per distinct SHA-256 and fetched separately.
 *
 * @param kind PDF or e-invoice
 * @param fileName the file name as submitted
 * @param mediaType e.g. application/pdf or application/xml
 * @param sha256 lowercase hex SHA-256 of the content
 * @param size content length in bytes
 */
public record Attachment(AttachmentKind kind, String fileName, String mediaType, String sha256, long size) {}
