package io.ledgerbridge.connector.kit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ledgerbridge.connector.kit.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class HeaderSecretsTest {

    private final Redactor redactor = new Redactor();

    @Test
    void registersRawTokens() {
        HeaderSecrets.register(redactor, "Authorization", "0123456789abcdef");

        assertEquals("echo ****", redactor.redact("echo 0123456789abcdef"));
    }

    @Test
    void registersBearerTokensAndBasicPasswords() {
        String basic = Base64.getEncoder().encodeToString("demo:geheim-123".getBytes(StandardCharsets.UTF_8));
        HeaderSecrets.register(redactor, "Authorization", "Bearer tok-abc-123");
        HeaderSecrets.register(redactor, "Proxy-Authorization", "Basic " + basic);

        assertEquals("**** and **** and ****", redactor.redact("tok-abc-123 and " + basic + " and geheim-123"));
    }

    @Test
    void leavesOrdinaryHeadersAlone() {
        HeaderSecrets.register(redactor, "X-Tenant", "demo");
        HeaderSecrets.register(redactor, "X-AppSecret", " ");

        assertEquals("demo", redactor.redact("demo"));
    }
}
