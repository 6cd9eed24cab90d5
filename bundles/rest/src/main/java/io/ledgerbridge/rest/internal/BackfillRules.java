package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.BackfillRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a backfill request, checked before anything is counted or started: every broken one is named (422),
 * and the bounds are those the database holds (a tag as a document's tag, ids as document ids).
 */
final class BackfillRules {
    /** Most documents one backfill may name; larger selections go by filters (type, dates, tag). */
    static final int MAX_DOCUMENT_IDS = 1000;

    static final int MAX_CONNECTION_ID = 200;
    static final int MAX_TAG = 64;
    static final int MAX_DOCUMENT_ID = 36;

    private BackfillRules() {}

    /** @throws Json.BadRequest 422 naming each broken rule */
    static void check(BackfillRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.connectionId() == null || request.connectionId().isBlank()) {
            errors.add(new FieldError("connectionId", "is required"));
        } else {
            text(errors, "connectionId", request.connectionId(), MAX_CONNECTION_ID);
        }
        if (request.issuedFrom() != null
                && request.issuedTo() != null
                && request.issuedTo().isBefore(request.issuedFrom())) {
            errors.add(new FieldError("issuedTo", "must not be before issuedFrom"));
        }
        text(errors, "tag", request.tag(), MAX_TAG);
        List<String> ids = request.documentIds();
        if (ids != null && ids.size() > MAX_DOCUMENT_IDS) {
            errors.add(new FieldError(
                    "documentIds",
                    "names " + ids.size() + " documents; at most " + MAX_DOCUMENT_IDS
                            + " (name fewer, or take the rest by type, issuedFrom/issuedTo or tag)"));
        } else if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i) == null || ids.get(i).isBlank()) {
                    errors.add(new FieldError("documentIds[" + i + "]", "must be a document id"));
                } else {
                    text(errors, "documentIds[" + i + "]", ids.get(i), MAX_DOCUMENT_ID);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new Json.BadRequest(
                    422, "the backfill request breaks " + errors.size() + " rule(s); nothing was started", errors);
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "is " + value.length() + " characters long; at most " + max));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
    }
}
