package io.ledgerbridge.connector.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusClassifierTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "401, AUTH",
        "402, PERMISSION",
        "403, PERMISSION",
        "404, NOT_FOUND",
        "410, NOT_FOUND",
        "400, VALIDATION",
        "409, VALIDATION",
        "422, VALIDATION",
        "413, VALIDATION",
        "415, VALIDATION",
        "418, VALIDATION",
        "451, VALIDATION",
        "429, RATE_LIMIT",
        "408, TRANSPORT",
        "425, TRANSPORT",
        "301, CONFIGURATION",
        "302, CONFIGURATION",
        "303, CONFIGURATION",
        "307, CONFIGURATION",
        "405, CONFIGURATION",
        "407, CONFIGURATION",
        "500, PROTOCOL",
        "501, PROTOCOL",
        "502, PROTOCOL",
        "503, PROTOCOL",
        "504, PROTOCOL",
        "599, PROTOCOL",
        "100, PROTOCOL",
        "200, PROTOCOL",
        "204, PROTOCOL",
        "600, PROTOCOL",
        "0, PROTOCOL"
    })
    void standardClassification(int status, Kind expected) {
        assertEquals(expected, StatusClassifier.standard().classify(status));
    }

    @ParameterizedTest(name = "{0} uncertain: {1}")
    @CsvSource({
        "200, true",
        "302, true",
        "400, false",
        "404, false",
        "429, false",
        "499, false",
        "500, true",
        "503, true"
    })
    void onlyClientErrorsAreCertainRejections(int status, boolean uncertain) {
        assertEquals(uncertain, StatusClassifier.standard().uncertain(status));
    }

    @Test
    void overridesApplyToTheirStatusOnlyAndLeaveTheOriginalAlone() {
        StatusClassifier zenvoices =
                StatusClassifier.standard().with(400, Kind.CONFIGURATION).with(500, Kind.VALIDATION);

        assertEquals(Kind.CONFIGURATION, zenvoices.classify(400));
        assertEquals(Kind.VALIDATION, zenvoices.classify(500));
        assertEquals(Kind.VALIDATION, zenvoices.classify(422));
        assertEquals(Kind.PROTOCOL, zenvoices.classify(502));
        assertEquals(Kind.VALIDATION, StatusClassifier.standard().classify(400));
        assertEquals(Kind.PROTOCOL, StatusClassifier.standard().classify(500));
    }

    @Test
    void retryableKindsAreTheTransientOnes() {
        assertTrue(StatusClassifier.standard().classify(429).retryable());
        assertTrue(StatusClassifier.standard().classify(503).retryable());
        assertTrue(StatusClassifier.standard().classify(408).retryable());
        assertFalse(StatusClassifier.standard().classify(422).retryable());
        assertFalse(StatusClassifier.standard().classify(401).retryable());
    }

    @Test
    void rejectsOverridesOfNonStatuses() {
        assertThrows(IllegalArgumentException.class, () -> StatusClassifier.standard()
                .with(99, Kind.AUTH));
        assertThrows(IllegalArgumentException.class, () -> StatusClassifier.standard()
                .with(600, Kind.AUTH));
        assertThrows(
                NullPointerException.class, () -> StatusClassifier.standard().with(400, null));
        assertSame(StatusClassifier.standard(), StatusClassifier.standard());
    }
}
