package io.ledgerbridge.connector.kit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.connector.kit.Redactor;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

    private final ObjectMapper mapper = Mappers.create();
    private final Redactor redactor = new Redactor();

    private String extract(String body) {
        return ErrorMessages.extract(body, mapper, redactor);
    }

    @Test
    void sevdeskError() {
        assertEquals(
                "Authentication required",
                extract("{\"objects\":null,\"error\":{\"message\":"
                        + "\"Authentication required\",\"code\":null,\"exceptionUUID\":\"4f1\"}}"));
    }

    @Test
    void abpErrorWithDetailsAndValidationErrors() {
        assertEquals(
                "Your request is not valid! (The following errors were detected during validation.); "
                        + "The FileName field is required.",
                extract("{\"result\":null,\"success\":false,\"error\":{"
                        + "\"code\":0,\"message\":\"Your request is not valid!\",\"details\":\"The following errors were "
                        + "detected during validation.\",\"validationErrors\":[{\"message\":\"The FileName field is "
                        + "required.\",\"members\":[\"fileName\"]}]},\"unAuthorizedRequest\":false,\"__abp\":true}"));
    }

    @Test
    void billomatErrorAsStringOrArray() {
        assertEquals("Client not found", extract("{\"errors\":{\"error\":\"Client not found\"}}"));
        assertEquals(
                "Name missing; Zip invalid", extract("{\"errors\":{\"error\":[\"Name missing\",\"Zip invalid\"]}}"));
    }

    @Test
    void commonShapes() {
        assertEquals("invoiceNumber exists", extract("{\"message\":\"invoiceNumber exists\",\"status\":409}"));
        assertEquals("invalid_grant", extract("{\"error\":\"invalid_grant\"}"));
        assertEquals(
                "Amount must be positive",
                extract("{\"title\":\"Bad Request\",\"detail\":\"Amount must be positive\"}"));
        assertEquals("a; b", extract("{\"errors\":[{\"message\":\"a\"},{\"message\":\"b\"}]}"));
    }

    @Test
    void plainTextCountsHtmlAndNothingDoNot() {
        assertEquals("Service temporarily down", extract("Service temporarily\n  down"));
        assertEquals("", extract("<!DOCTYPE html><html><body>Bad gateway</body></html>"));
        assertEquals("", extract("<errors><error>xml</error></errors>"));
        assertEquals("", extract(""));
        assertEquals("", extract(null));
        assertEquals("", extract("{\"unexpected\":true}"));
        assertEquals("", extract("{not json"));
    }

    @Test
    void secretsAreMaskedBeforeTheCutSoNoPartSurvives() {
        String token = "0123456789abcdef0123456789abcdef";
        redactor.addSecret(token);

        String message = extract("{\"message\":\"" + "x".repeat(290) + token + "\"}");

        assertEquals("x".repeat(290) + "****", message);
        String plain = extract("y".repeat(290) + " " + token + " tail");
        assertEquals("y".repeat(290) + " **** tail", plain);
        String cut = extract("y".repeat(298) + token);
        assertEquals("y".repeat(298) + "*…", cut, "the cut falls into the mask, never into the secret");
    }

    @Test
    void longMessagesAreCut() {
        String message = extract("{\"message\":\"" + "x".repeat(1000) + "\"}");

        assertEquals(ErrorMessages.MAX_LENGTH, message.length());
        assertTrue(message.endsWith("…"));
    }
}
