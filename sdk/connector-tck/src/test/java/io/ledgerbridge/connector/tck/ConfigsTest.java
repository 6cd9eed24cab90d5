package io.ledgerbridge.connector.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Config annotations from properties, converted as DS converts them. */
class ConfigsTest {

    /** A component property type with every kind of element. */
    @interface Sample {
        String url();

        String name() default "sample";

        int timeoutSeconds() default 30;

        boolean active() default false;

        String[] tags();

        long max_size() default 10;
    }

    @Test
    void valuesConvertAndMissingOnesTakeTheDefault() {
        Sample s = Configs.of(
                Sample.class,
                Map.of(
                        "url",
                        "https://x",
                        "timeoutSeconds",
                        "5",
                        "active",
                        "true",
                        "tags",
                        List.of("a", "b"),
                        "max.size",
                        20));
        assertEquals("https://x", s.url());
        assertEquals("sample", s.name());
        assertEquals(5, s.timeoutSeconds());
        assertEquals(true, s.active());
        assertArrayEquals(new String[] {"a", "b"}, s.tags());
        assertEquals(20L, s.max_size(), "max_size is the property max.size");
    }

    @Test
    void missingValuesWithoutDefaultAreEmpty() {
        Sample s = Configs.of(Sample.class, Map.of("tags", "only"));
        assertNull(s.url());
        assertArrayEquals(new String[] {"only"}, s.tags(), "a scalar for an array is one element");
        assertArrayEquals(new String[0], Configs.of(Sample.class, Map.of()).tags());
        assertFalse(Configs.of(Sample.class, Map.of()).active());
    }

    @Test
    void aValueThatDoesNotConvertNamesTheElement() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Configs.of(Sample.class, Map.of("timeoutSeconds", "soon")).timeoutSeconds());
        assertEquals("timeoutSeconds: cannot convert 'soon' to int", e.getMessage());
    }

    @Test
    void elementNamesMapToKeysAsInDs() {
        assertEquals("max.size", Configs.key("max_size"));
        assertEquals("max_size", Configs.key("max__size"));
        assertEquals("a$b", Configs.key("a$$b"));
        assertEquals("ab", Configs.key("a$b"));
    }
}
