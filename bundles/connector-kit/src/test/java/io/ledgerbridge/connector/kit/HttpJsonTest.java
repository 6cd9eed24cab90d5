package io.ledgerbridge.connector.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.model.spi.FailureKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpJsonTest {

    record Invoice(String number, BigDecimal gross, LocalDate date) {}

    private TestServer server;
    private HttpJson http;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        http = HttpJson.create(HttpSettings.builder("test").build());
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    @Test
    void jsonBodyAndReplyRoundTripExactly() throws Exception {
        server.answer(
                "/invoices",
                201,
                Map.of("Content-Type", "application/json"),
                "{\"objects\":{\"id\":\"4711\",\"sumGross\":119.00}}");

        Response response = http.send(Request.post(server.url("/invoices"))
                .json(new Invoice("RE-1001", new BigDecimal("119.00"), LocalDate.of(2025, 3, 31))));

        TestServer.Received received = server.next();
        assertEquals("POST", received.method());
        assertEquals("application/json; charset=UTF-8", received.header("Content-Type"));
        JsonNode sent = http.mapper().readTree(received.body());
        assertEquals("RE-1001", sent.get("number").asText());
        assertEquals("119.00", sent.get("gross").toString(), "money is written plain with its scale");
        assertEquals("2025-03-31", sent.get("date").asText(), "dates are ISO strings");
        assertEquals(201, response.status());
        assertTrue(response.isSuccess());
        assertEquals("4711", response.json().at("/objects/id").asText());
        assertEquals(
                new BigDecimal("119.00"),
                response.json().at("/objects/sumGross").decimalValue(),
                "decimals are read exactly, scale kept");
    }

    @Test
    void jsonRepliesMapOntoRecordsIgnoringUnknownFields() throws Exception {
        server.answer(
                "/one",
                200,
                Map.of("Content-Type", "application/json"),
                "{\"number\":\"RE-7\",\"gross\":10.5,\"date\":\"2025-01-02\",\"addedLater\":true}");

        Invoice invoice = http.send(Request.get(server.url("/one"))).json(Invoice.class);

        assertEquals(new Invoice("RE-7", new BigDecimal("10.5"), LocalDate.of(2025, 1, 2)), invoice);
    }

    @Test
    void repliesOfTheWrongShapeAreProtocolFailures() {
        server.answer("/wrong", 200, Map.of(), "{\"number\":{\"nested\":true},\"gross\":\"lots\"}");

        ConnectorException failure =
                assertThrows(ConnectorException.class, () -> http.send(Request.get(server.url("/wrong")))
                        .json(Invoice.class));

        assertEquals(Kind.PROTOCOL, failure.kind());
        assertTrue(failure.getMessage().contains("does not match Invoice"), failure.getMessage());
    }

    @Test
    void startsNoThreadsOfItsOwn() throws Exception {
        server.answer("/t", 200, Map.of(), "{}");

        http.send(Request.get(server.url("/t")));

        assertTrue(
                Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(thread -> thread.getName().contains("evictor")),
                "no idle-connection evictor");
    }

    @Test
    void sendsUserAgentAcceptAndNoCookies() throws Exception {
        server.answer("/cookie", 200, Map.of("Set-Cookie", "session=abc; Path=/"), "{}");

        http.send(Request.get(server.url("/cookie")));
        http.send(Request.get(server.url("/cookie")));

        TestServer.Received first = server.next();
        TestServer.Received second = server.next();
        assertTrue(
                first.header("User-Agent").matches("Ledgerbridge/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(\\+test\\)"),
                first.header("User-Agent"));
        assertEquals("application/json", first.header("Accept"));
        assertNull(second.header("Cookie"), "cookies are not managed");
    }

    @Test
    void defaultHeadersAreSentAndRequestHeadersWin() throws Exception {
        server.answer("/h", 200, Map.of(), "");
        try (HttpJson withDefaults = HttpJson.create(HttpSettings.builder("test")
                .defaultHeader("Authorization", "0123456789abcdef0123456789abcdef")
                .defaultHeader("X-Tenant", "demo")
                .build())) {
            withDefaults.send(
                    Request.get(server.url("/h")).header("x-tenant", "other").header("Accept", "text/xml"));
        }

        TestServer.Received received = server.next();
        assertEquals("0123456789abcdef0123456789abcdef", received.header("Authorization"));
        assertEquals("other", received.header("X-Tenant"));
        assertEquals("text/xml", received.header("Accept"));
    }

    @Test
    void encodesQueryParametersAsForms() throws Exception {
        server.answer("/search", 200, Map.of(), "[]");

        http.send(Request.get(server.url("/search?format=json"))
                .query("name", "Müller & Söhne")
                .query("order_by", "name ASC")
                .query("contact[id]", 7)
                .query("optional", null));

        String rawQuery = server.next().rawQuery();
        assertEquals("format=json&name=M%C3%BCller+%26+S%C3%B6hne&order_by=name+ASC&contact%5Bid%5D=7", rawQuery);
        assertEquals(
                "format=json&name=Müller & Söhne&order_by=name ASC&contact[id]=7",
                URLDecoder.decode(rawQuery, StandardCharsets.UTF_8));
    }

    @Test
    void uploadsMultipartFilesIntact() throws Exception {
        byte[] pdf = new byte[70_000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31 + i / 256); // every byte value, CR LF and boundary-like runs included
        }
        System.arraycopy("%PDF-1.7\r\n--".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 12);
        server.answer(
                "/Voucher/Factory/uploadTempFile",
                201,
                Map.of("Content-Type", "application/json"),
                "{\"objects\":{\"filename\":\"abc.pdf\"}}");

        JsonNode reply = http.json(Request.post(server.url("/Voucher/Factory/uploadTempFile"))
                .filePart("file", "Rechnung-Müller.pdf", "application/pdf", pdf)
                .textPart("note", "Beleg für März"));

        TestServer.Received received = server.next();
        Multipart multipart = Multipart.parse(received.header("Content-Type"), received.body());
        assertArrayEquals(pdf, multipart.content("file"), "the PDF arrives byte for byte");
        assertTrue(multipart.headers("file").contains("filename=\"Rechnung-Müller.pdf\""), multipart.headers("file"));
        assertTrue(multipart.headers("file").contains("Content-Type: application/pdf"), multipart.headers("file"));
        assertEquals("Beleg für März", new String(multipart.content("note"), StandardCharsets.UTF_8));
        assertEquals("abc.pdf", reply.at("/objects/filename").asText());
    }

    @Test
    void sendsFormBodies() throws Exception {
        server.answer("/form", 200, Map.of(), "");

        http.send(
                Request.post(server.url("/form")).form("name", "Bäckerei & Co").form("status", "1000"));

        TestServer.Received received = server.next();
        assertEquals("application/x-www-form-urlencoded; charset=UTF-8", received.header("Content-Type"));
        assertEquals("name=B%C3%A4ckerei+%26+Co&status=1000", received.bodyText());
    }

    @Test
    void sendsRawBodies() throws Exception {
        server.answer("/xml", 200, Map.of(), "");

        http.send(Request.put(server.url("/xml")).body("<a/>".getBytes(StandardCharsets.UTF_8), "application/xml"));

        TestServer.Received received = server.next();
        assertEquals("PUT", received.method());
        assertEquals("application/xml", received.header("Content-Type"));
        assertEquals("<a/>", received.bodyText());
    }

    @Test
    void errorRepliesAreReturnedForInspectionAndClassifiedOnDemand() throws Exception {
        server.answer(
                "/Contact/99",
                404,
                Map.of("Content-Type", "application/json"),
                "{\"error\":{\"message\":\"Contact not found\",\"code\":null}}");

        Response response = http.send(Request.get(server.url("/Contact/99")));

        assertEquals(404, response.status());
        assertFalse(response.isSuccess());
        ConnectorException failure = assertThrows(ConnectorException.class, response::requireSuccess);
        assertEquals(Kind.NOT_FOUND, failure.kind());
        assertEquals(404, failure.httpStatus());
        assertFalse(failure.uncertain());
        assertEquals(
                "GET " + server.url("/Contact/99") + " answered 404 Not Found: Contact not found",
                failure.getMessage());
    }

    @Test
    void tooManyRequestsWithRetryAfterIsRateLimit() throws Exception {
        server.answer("/limited", 429, Map.of("Retry-After", "120"), "");

        ConnectorException failure =
                assertThrows(ConnectorException.class, () -> http.json(Request.get(server.url("/limited"))));

        assertEquals(Kind.RATE_LIMIT, failure.kind());
        assertEquals(429, failure.httpStatus());
        assertEquals(Duration.ofSeconds(120), failure.retryAfter().orElseThrow());
        assertFalse(failure.uncertain());
        assertEquals(FailureKind.RATE_LIMITED, failure.toOutcome().kind());
        assertEquals(Duration.ofSeconds(120), failure.toOutcome().retryAfter());
    }

    @Test
    void billomatRateLimitWaitsUntilTheWindowResets() throws Exception {
        long reset = System.currentTimeMillis() / 1000 + 90;
        server.answer(
                "/api/invoices",
                429,
                Map.of(
                        "Content-Type",
                        "application/json",
                        "X-Rate-Limit-Remaining",
                        "0",
                        "X-Rate-Limit-Reset",
                        Long.toString(reset)),
                "{\"errors\":{\"error\":\"Maximum number of requests (300 per 15 minutes) reached.\"}}");

        ConnectorException failure =
                assertThrows(ConnectorException.class, () -> http.json(Request.get(server.url("/api/invoices"))));

        assertEquals(Kind.RATE_LIMIT, failure.kind());
        Duration wait = failure.retryAfter().orElseThrow();
        assertTrue(
                wait.compareTo(Duration.ofSeconds(85)) > 0 && wait.compareTo(Duration.ofSeconds(91)) < 0,
                wait.toString());
        assertEquals(0, failure.rateLimit().orElseThrow().remaining());
        assertTrue(
                failure.getMessage().endsWith("Maximum number of requests (300 per 15 minutes) reached."),
                failure.getMessage());
    }

    @Test
    void successfulRepliesCarryTheRateLimitState() throws Exception {
        server.answer("/ok", 200, Map.of("X-RateLimit-Remaining", "299", "X-RateLimit-Reset", "1900000000"), "{}");

        Response response = http.send(Request.get(server.url("/ok")));

        assertEquals(299, response.rateLimit().orElseThrow().remaining());
        assertEquals(
                1_900_000_000L, response.rateLimit().orElseThrow().resetAt().getEpochSecond());
    }

    @Test
    void serverErrorIsUncertainProtocol() throws Exception {
        server.answer(
                "/Invoice/Factory/saveInvoice",
                500,
                Map.of("Content-Type", "application/json"),
                "{\"objects\":null,\"error\":{\"message\":\"Something broke\",\"exceptionUUID\":\"e-1\"}}");

        ConnectorException failure = assertThrows(
                ConnectorException.class,
                () -> http.json(
                        Request.post(server.url("/Invoice/Factory/saveInvoice")).json(Map.of("a", 1))));

        assertEquals(Kind.PROTOCOL, failure.kind());
        assertEquals(500, failure.httpStatus());
        assertTrue(failure.uncertain(), "a 5xx may come after the target stored something");
        assertTrue(failure.kind().retryable());
        assertEquals(FailureKind.UNAVAILABLE, failure.toOutcome().kind());
        assertTrue(
                failure.getMessage().endsWith("answered 500 Internal Server Error: Something broke"),
                failure.getMessage());
    }

    @Test
    void connectorsOverrideTheClassificationOfAStatus() throws Exception {
        server.answer("/clash", 409, Map.of(), "");
        try (HttpJson custom = HttpJson.create(HttpSettings.builder("test")
                .statusClassifier(StatusClassifier.standard().with(409, Kind.NOT_FOUND))
                .build())) {

            ConnectorException failure =
                    assertThrows(ConnectorException.class, () -> custom.json(Request.get(server.url("/clash"))));

            assertEquals(Kind.NOT_FOUND, failure.kind());
        }
    }

    @Test
    void redirectsAreConfigurationFailuresUnlessFollowed() throws Exception {
        server.answer("/old", 301, Map.of("Location", server.url("/new")), "");
        server.answer("/new", 200, Map.of("Content-Type", "application/json"), "{\"moved\":true}");

        ConnectorException failure =
                assertThrows(ConnectorException.class, () -> http.json(Request.get(server.url("/old"))));
        assertEquals(Kind.CONFIGURATION, failure.kind());
        assertEquals(301, failure.httpStatus());

        try (HttpJson following = HttpJson.create(
                HttpSettings.builder("test").followRedirects(true).build())) {
            assertTrue(
                    following.json(Request.get(server.url("/old"))).get("moved").asBoolean());
        }
    }

    @Test
    void malformedSuccessReplyIsUncertainProtocol() throws Exception {
        server.answer("/html", 200, Map.of("Content-Type", "text/html"), "<html>maintenance</html>");

        ConnectorException failure =
                assertThrows(ConnectorException.class, () -> http.json(Request.post(server.url("/html"))));

        assertEquals(Kind.PROTOCOL, failure.kind());
        assertTrue(failure.uncertain(), "the target answered 200: it may have acted");
        assertEquals(200, failure.httpStatus());
    }

    @Test
    void emptyReplyWhereJsonIsExpectedIsProtocol() throws Exception {
        server.answer("/empty", 200, Map.of(), "");

        ConnectorException failure =
                assertThrows(ConnectorException.class, () -> http.json(Request.get(server.url("/empty"))));

        assertEquals(Kind.PROTOCOL, failure.kind());
    }

    @Test
    void replyLargerThanTheLimitIsProtocol() throws Exception {
        server.answer("/big", 200, Map.of(), "{\"data\":\"" + "x".repeat(100) + "\"}");
        try (HttpJson small = HttpJson.create(
                HttpSettings.builder("test").maxResponseBytes(50).build())) {

            ConnectorException failure =
                    assertThrows(ConnectorException.class, () -> small.send(Request.get(server.url("/big"))));

            assertEquals(Kind.PROTOCOL, failure.kind());
            assertTrue(failure.getMessage().contains("larger than 50 bytes"), failure.getMessage());
        }
    }

    @Test
    void urlsThatAreNotAbsoluteHttpAreConfigurationFailures() {
        for (String url : new String[] {"not a url", "/relative/path", "ftp://example.org/file", "https:///nohost"}) {
            ConnectorException failure = assertThrows(ConnectorException.class, () -> http.send(Request.get(url)), url);
            assertEquals(Kind.CONFIGURATION, failure.kind(), url);
            assertFalse(failure.uncertain());
        }
    }

    @Test
    void objectNodesFromTheMapperAreSent() throws Exception {
        server.answer("/node", 200, Map.of(), "");
        ObjectNode body = http.mapper().createObjectNode().put("name", "Hundeschule");

        http.send(Request.patch(server.url("/node")).json(body));

        TestServer.Received received = server.next();
        assertEquals("PATCH", received.method());
        assertEquals("{\"name\":\"Hundeschule\"}", received.bodyText());
    }
}
