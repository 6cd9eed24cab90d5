package io.ledgerbridge.rest.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.BackfillRequest;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackfillRulesTest {

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        BackfillRequest request = new BackfillRequest(
                " ",
                null,
                null,
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 11, 1),
                "t".repeat(65),
                Collections.nCopies(1001, "d"));

        Json.BadRequest refused = assertThrows(Json.BadRequest.class, () -> BackfillRules.check(request));

        assertEquals(422, refused.status);
        assertEquals(
                List.of("connectionId", "issuedTo", "tag", "documentIds"),
                refused.fields.stream().map(FieldError::field).toList());
    }

    @Test
    void aBlankOrOverlongDocumentIdIsNamedByItsPlace() {
        BackfillRequest request =
                new BackfillRequest("c1", null, null, null, null, null, List.of("ok", "", "x".repeat(37)));

        Json.BadRequest refused = assertThrows(Json.BadRequest.class, () -> BackfillRules.check(request));

        assertEquals(
                List.of("documentIds[1]", "documentIds[2]"),
                refused.fields.stream().map(FieldError::field).toList());
    }

    @Test
    void aRequestWithinTheBoundsPasses() {
        assertDoesNotThrow(() -> BackfillRules.check(
                new BackfillRequest("c1", null, null, null, null, "dogs", Collections.nCopies(1000, "d"))));
    }
}
