package io.ledgerbridge.connector.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    private final Redactor redactor = new Redactor();

    @Test
    void masksRegisteredSecretsAnywhere() {
        redactor.addSecret(TOKEN);

        assertEquals(
                "token **** was rejected (****)", redactor.redact("token " + TOKEN + " was rejected (" + TOKEN + ")"));
        assertEquals("nothing secret here", redactor.redact("nothing secret here"));
    }

    @Test
    void masksEncodedFormsOfSecrets() {
        redactor.addSecret("p@ss word\"1");

        assertEquals("raw ****", redactor.redact("raw p@ss word\"1"));
        assertEquals("form ****", redactor.redact("form p%40ss+word%221"));
        assertEquals("path ****", redactor.redact("path p%40ss%20word%221"));
        assertEquals("{\"pw\":\"****\"}", redactor.redact("{\"pw\":\"p@ss word\\\"1\"}"));
    }

    @Test
    void longerSecretsAreMaskedWhole() {
        redactor.addSecret("abc").addSecret("abcdef-long");

        assertEquals("****, ****", redactor.redact("abcdef-long, abc"));
    }

    @Test
    void ignoresNullAndBlankSecretsAndText() {
        redactor.addSecret(null).addSecret("").addSecret("   ");

        assertEquals("a b", redactor.redact("a b"));
        assertNull(redactor.redact(null));
        assertEquals("", redactor.redact(""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Authorization",
                "authorization",
                "Proxy-Authorization",
                "Cookie",
                "Set-Cookie",
                "X-BillomatApiKey",
                "X-AppSecret",
                "X-Api-Key",
                "X-Auth-Token",
                "token",
                "api_key",
                "apikey",
                "access_token",
                "accessToken",
                "refreshToken",
                "password",
                "client_secret",
                "passwd"
            })
    void sensitiveNames(String name) {
        assertTrue(redactor.isSensitiveName(name), name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Accept",
                "Content-Type",
                "X-AppId",
                "User-Agent",
                "name",
                "tokenType",
                "limit",
                "expireInSeconds",
                "unAuthorizedRequest",
                "",
                "-"
            })
    void ordinaryNames(String name) {
        assertFalse(redactor.isSensitiveName(name), name);
    }

    @Test
    void addedNamesAreSensitive() {
        redactor.addSensitiveName("X-Company-PIN");

        assertTrue(redactor.isSensitiveName("x-company-pin"));
    }

    @Test
    void masksSensitiveHeaders() {
        assertEquals(Redactor.MASK, redactor.redactHeader("Authorization", TOKEN));
        assertEquals(Redactor.MASK, redactor.redactHeader("X-BillomatApiKey", "key"));
        assertEquals(Redactor.MASK, redactor.redactHeader("X-AppSecret", "secret"));
        assertEquals("application/json", redactor.redactHeader("Accept", "application/json"));
        redactor.addSecret(TOKEN);
        assertEquals("echo ****", redactor.redactHeader("X-Echo", "echo " + TOKEN));
    }

    @Test
    void masksSensitiveQueryParametersInUrls() {
        assertEquals(
                "https://acme.billomat.net/api/clients?api_key=****&per_page=100",
                redactor.redact("https://acme.billomat.net/api/clients?api_key=k3y&per_page=100"));
        assertEquals(
                "https://my.sevdesk.de/api/v1/Contact?limit=1&token=****",
                redactor.redact("https://my.sevdesk.de/api/v1/Contact?limit=1&token=" + TOKEN));
        assertEquals(
                "https://x/login?user=demo&password=****#top",
                redactor.redact("https://x/login?user=demo&password=geheim#top"));
        assertEquals("https://x/cb?api%5Fkey=****", redactor.redact("https://x/cb?api%5Fkey=k"));
        assertEquals(
                "https://x/list?token=&page=2",
                redactor.redact("https://x/list?token=&page=2"),
                "an empty value hides nothing");
    }

    @Test
    void masksSensitiveFormFieldsAndJsonMembers() {
        assertEquals("username=demo&password=****", redactor.redact("username=demo&password=hunter2"));
        assertEquals(
                "{\"result\":{\"accessToken\":\"****\",\"expireInSeconds\":86400,\"refreshToken\" : \"****\"}}",
                redactor.redact("{\"result\":{\"accessToken\":\"eyJ.abc\\\"d\",\"expireInSeconds\":86400,"
                        + "\"refreshToken\" : \"r-1\"}}"));
        assertEquals(
                "{\"name\":\"token\",\"password\":\"****\"}",
                redactor.redact("{\"name\":\"token\",\"password\":\"x\"}"));
    }

    @Test
    void copesWithMegabytesOfEscapedJson() {
        String base64 = "JVBERi0xLjcK\\/".repeat(100_000); // PHP escapes every '/' in JSON

        String redacted = redactor.redact("{\"base64file\":\"" + base64 + "\",\"apiKey\":\"k-1\"}");

        assertEquals("{\"base64file\":\"" + base64 + "\",\"apiKey\":\"****\"}", redacted);
    }

    @Test
    void masksBearerTokensInMessages() {
        assertEquals(
                "sent Authorization: Bearer **** and failed",
                redactor.redact("sent Authorization: Bearer eyJhbGciOi.J9x_y-z and failed"));
    }
}
