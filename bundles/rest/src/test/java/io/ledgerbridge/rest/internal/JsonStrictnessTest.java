package io.ledgerbridge.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API reads JSON exactly as the README promises: no coercion, no duplicates, no half characters, bounded. */
class JsonStrictnessTest {
    record Sample(String text, BigDecimal amount, LocalDate date, Boolean flag, List<Object> items) {}

    private static Sample parse(String json) throws Exception {
        return Json.parse(json.getBytes(StandardCharsets.UTF_8), Sample.class);
    }

    private static Json.BadRequest refused(String json) {
        Json.BadRequest e = assertThrows(Json.BadRequest.class, () -> parse(json));
        assertEquals(400, e.status, e.getMessage());
        return e;
    }

    @Test
    void wellFormedValuesAreRead() throws Exception {
        Sample s =
                parse("{\"text\":\"Bäckerei \\ud83d\\udc36\",\"amount\":150.00,\"date\":\"2026-11-02\",\"flag\":true}");
        assertEquals("Bäckerei \uD83D\uDC36", s.text());
        assertEquals(new BigDecimal("150.00"), s.amount());
        assertEquals(LocalDate.of(2026, 11, 2), s.date());
        assertEquals(
                "\\ud800 stays text",
                parse("{\"text\":\"\\\\ud800 stays text\"}").text());
    }

    @Test
    void noValueIsCoercedIntoAnotherType() {
        assertEquals("amount", refused("{\"amount\":\"150\"}").fields.get(0).field());
        assertEquals("text", refused("{\"text\":123}").fields.get(0).field());
        assertEquals("text", refused("{\"text\":true}").fields.get(0).field());
        assertEquals("flag", refused("{\"flag\":\"true\"}").fields.get(0).field());
        assertEquals("flag", refused("{\"flag\":1}").fields.get(0).field());
        assertEquals("date", refused("{\"date\":20261102}").fields.get(0).field(), "no epoch days");
        assertEquals(
                "date",
                refused("{\"date\":\"2026-11-02T10:00:00\"}").fields.get(0).field(),
                "no lost time");
    }

    @Test
    void duplicateKeysLoneSurrogatesNullAndDeepNestingAreRefused() {
        String dup = refused("{\"text\":\"a\",\"text\":\"b\"}").getMessage();
        assertTrue(dup.contains("Duplicate field 'text'"), dup);
        assertTrue(refused("{\"text\":\"\\ud800\"}").getMessage().contains("half a surrogate pair (\\ud800)"));
        assertTrue(refused("{\"text\":\"\\udc36 alone\"}").getMessage().contains("(\\udc36)"));
        assertTrue(refused("null").getMessage().contains("the request body is null"));
        String deep = "{\"items\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String tooDeep = refused(deep).getMessage();
        assertTrue(tooDeep.contains("at most " + Json.MAX_DEPTH + " levels"), tooDeep);
    }
}
