package io.ledgerbridge.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UiResourcesTest {

    @Test
    void theRootIsTheIndexPage() {
        assertEquals(Optional.of("/ui/index.html"), UiResources.resolve("/"));
    }

    @Test
    void plainFilesMapIntoTheUiFolder() {
        assertEquals(Optional.of("/ui/app.css"), UiResources.resolve("/app.css"));
        assertEquals(Optional.of("/ui/js/api.js"), UiResources.resolve("/js/api.js"));
        assertEquals(Optional.of("/ui/js/store-jobs.js"), UiResources.resolve("/js/store-jobs.js"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/..",
                "/../etc/passwd",
                "/js/../index.html",
                "/js/..",
                "/..%2findex.html",
                "/.hidden.js",
                "/js/",
                "/js",
                "//index.html",
                "/index.html/",
                "/a\\b.js",
                "/ui.class",
                "/x.jsp",
                "/META-INF/MANIFEST.MF",
                "/io/ledgerbridge/ui/internal/UiServlet.class",
                "/a..b.js",
                "/%2e%2e/x.js",
                "/index.html\u0000.js",
                "/a b.js",
                "relative.js"
            })
    void nothingElseIsServed(String path) {
        assertEquals(Optional.empty(), UiResources.resolve(path), path);
    }

    @Test
    void nullIsNoFile() {
        assertEquals(Optional.empty(), UiResources.resolve(null));
    }

    @Test
    void contentTypesCarryTheCharset() {
        assertEquals(
                "text/html; charset=utf-8",
                UiResources.contentType("/index.html").orElseThrow());
        assertEquals(
                "text/css; charset=utf-8", UiResources.contentType("/app.css").orElseThrow());
        assertEquals(
                "text/javascript; charset=utf-8",
                UiResources.contentType("/js/main.js").orElseThrow());
        assertEquals("image/svg+xml", UiResources.contentType("/logo.SVG").orElseThrow());
        assertTrue(UiResources.contentType("/js.d/noext").isEmpty());
    }
}
