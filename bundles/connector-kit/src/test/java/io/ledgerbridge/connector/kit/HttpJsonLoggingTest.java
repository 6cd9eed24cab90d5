package io.ledgerbridge.connector.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The kit logs at TRACE in tests (see simplelogger.properties); the log must show the calls and no secret. */
class HttpJsonLoggingTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";
    private static final String QUERY_KEY = "query-key-4242";
    private static final String PASSWORD = "p@ss word\"42";
    private static final String RETURNED_TOKEN = "eyJhbGciOiJIUzI1NiJ9.returned.token";

    @Test
    void callsAreLoggedWithoutSecrets() throws Exception {
        try (TestServer server = new TestServer();
                HttpJson http = HttpJson.create(HttpSettings.builder("logtest").build())) {
            server.answer(
                    "/login",
                    200,
                    Map.of("Content-Type", "application/json"),
                    "{\"result\":{\"accessToken\":\"" + RETURNED_TOKEN + "\",\"expireInSeconds\":86400}}");
            http.redactor().addSecret(PASSWORD);

            http.send(Request.post(server.url("/login"))
                    .header("Authorization", TOKEN)
                    .query("api_key", QUERY_KEY)
                    .query("page", 2)
                    .json(Map.of(
                            "userNameOrEmailAddress",
                            "demo",
                            "password",
                            PASSWORD,
                            "note",
                            "token " + TOKEN + " echoed")));
        }

        List<String> lines =
                logLines().stream().filter(line -> line.contains("[logtest]")).collect(Collectors.toList());
        String log = String.join("\n", lines);
        assertTrue(
                log.matches("(?s).*\\[logtest] POST http://127\\.0\\.0\\.1:\\d+/login\\?api_key=\\*\\*\\*\\*&page=2"
                        + " -> 200 in \\d+ ms.*"),
                log);
        assertTrue(log.contains("Authorization: ****"), log);
        assertTrue(log.contains("\"userNameOrEmailAddress\":\"demo\""), "bodies are logged at TRACE: " + log);
        assertTrue(log.contains("\"expireInSeconds\":86400"), log);
        for (String secret : List.of(TOKEN, QUERY_KEY, PASSWORD, "p%40ss", RETURNED_TOKEN)) {
            assertFalse(log.contains(secret), secret + " leaked into the log: " + log);
        }
        assertEquals(3, lines.size(), "request TRACE, DEBUG line, response TRACE: " + log);
    }

    private static List<String> logLines() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HttpJsonLoggingTest.class.getResourceAsStream("/simplelogger.properties")) {
            properties.load(in);
        }
        return Files.readAllLines(
                Path.of(properties.getProperty("org.slf4j.simpleLogger.logFile")), StandardCharsets.UTF_8);
    }
}
