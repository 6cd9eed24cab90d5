package io.ledgerbridge.model;

/** The kind of file attached to a document. */
public enum AttachmentKind {
    /** The human-readable PDF of the document. */
    PDF,
    /** A structured electronic invoice (XRechnung, ZUGFeRD/Factur-X XML, UBL). */
    E_INVOICE
}
