package io.ledgerbridge.connector.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTest {

    @Test
    void factoriesSetTheMethod() {
        assertEquals("GET", Request.get("http://h/").method());
        assertEquals("POST", Request.post("http://h/").method());
        assertEquals("PUT", Request.put("http://h/").method());
        assertEquals("PATCH", Request.patch("http://h/").method());
        assertEquals("DELETE", Request.delete("http://h/").method());
        assertEquals("HEAD", Request.of("head", "http://h/").method());
        assertThrows(IllegalArgumentException.class, () -> Request.of("GET /x", "http://h/"));
    }

    @Test
    void queryParametersAreAppendedInOrderAndEncoded() {
        assertEquals("http://h/p", Request.get("http://h/p").query("skip", null).url());
        assertEquals(
                "http://h/p?a=1&a=2&b=x+y%2Fz",
                Request.get("http://h/p")
                        .query("a", 1)
                        .query("a", 2)
                        .query("b", "x y/z")
                        .url());
        assertEquals(
                "http://h/p?format=json&q=%C3%A4",
                Request.get("http://h/p?format=json").query("q", "ä").url());
    }

    @Test
    void headersReplaceTheSameNameInAnyCase() {
        Request request = Request.get("http://h/")
                .header("X-Tenant", "a")
                .header("x-tenant", "b")
                .header("Accept", "application/json");

        assertEquals(List.of(Map.entry("x-tenant", "b"), Map.entry("Accept", "application/json")), request.headers());
    }

    @Test
    void aRequestHasOneBodyKind() {
        assertThrows(
                IllegalStateException.class,
                () -> Request.post("http://h/").json(Map.of()).form("a", "b"));
        assertThrows(IllegalStateException.class, () -> Request.post("http://h/")
                .form("a", "b")
                .filePart("file", "f.pdf", "application/pdf", new byte[1]));
        assertThrows(
                IllegalStateException.class,
                () -> Request.post("http://h/").textPart("a", "b").body(new byte[1], "application/octet-stream"));
        assertThrows(
                IllegalStateException.class,
                () -> Request.post("http://h/").json(Map.of()).json(Map.of()));
        Request.post("http://h/").form("a", "b").form("c", "d");
        Request.post("http://h/").textPart("a", "b").filePart("file", "f.pdf", "application/pdf", new byte[1]);
    }

    @Test
    void responseTimeoutMustBePositive() {
        assertThrows(
                IllegalArgumentException.class, () -> Request.get("http://h/").responseTimeout(Duration.ZERO));
        assertThrows(
                IllegalArgumentException.class, () -> Request.get("http://h/").responseTimeout(null));
    }
}
