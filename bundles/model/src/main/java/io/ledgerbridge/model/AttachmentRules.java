package io.ledgerbridge.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Checks submitted files: a PDF must be a PDF, an e-invoice must be XML, and both need a name and a type. */
final class AttachmentRules {
    /** Most files one document may carry. */
    static final int MAX_ATTACHMENTS = 10;

    private static final Set<String> PDF_TYPES = Set.of("application/pdf");
    private static final Set<String> XML_TYPES = Set.of("application/xml", "text/xml");

    private AttachmentRules() {}

    static void validate(Violations v, List<NewAttachment> attachments) {
        if (attachments == null) {
            return;
        }
        if (attachments.size() > MAX_ATTACHMENTS) {
            v.add("attachments", "must contain at most " + MAX_ATTACHMENTS + " files");
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            validateOne(v, "attachments[" + i + "]", attachments.get(i));
        }
    }

    private static void validateOne(Violations v, String at, NewAttachment a) {
        if (a == null) {
            v.add(at, "must not be null");
            return;
        }
        if (v.required(at + ".fileName", a.fileName())) {
            v.text(at + ".fileName", a.fileName(), 255);
            v.check(
                    at + ".fileName",
                    a.fileName(),
                    n -> !n.contains("/") && !n.contains("\\"),
                    "must not contain a path");
        }
        boolean hasContent = a.content() != null && a.content().length > 0;
        if (!hasContent) {
            v.add(at + ".content", "is required (the file, base64-encoded)");
        }
        if (!v.required(at + ".kind", a.kind()) || !v.required(at + ".mediaType", a.mediaType())) {
            return;
        }
        if (a.kind() == AttachmentKind.PDF) {
            v.check(at + ".mediaType", a.mediaType(), PDF_TYPES::contains, "must be application/pdf for a PDF");
            if (hasContent && !startsWith(a.content(), "%PDF-")) {
                v.add(at + ".content", "is not a PDF file (it does not start with %PDF-)");
            }
        } else {
            v.check(
                    at + ".mediaType",
                    a.mediaType(),
                    XML_TYPES::contains,
                    "must be application/xml or text/xml for an e-invoice");
            if (hasContent && !looksLikeXml(a.content())) {
                v.add(at + ".content", "is not an XML file");
            }
        }
    }

    private static boolean startsWith(byte[] content, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (content.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (content[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeXml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .strip();
        return head.startsWith("<");
    }
}
