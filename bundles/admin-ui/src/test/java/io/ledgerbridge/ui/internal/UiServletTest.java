package io.ledgerbridge.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiServletTest {
    @TempDir
    Path dir;

    /** What the servlet answered. */
    static final class Answer {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        String body() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    private UiServlet servlet() throws Exception {
        Files.createDirectories(dir.resolve("ui/js"));
        Files.writeString(dir.resolve("ui/index.html"), "<!doctype html><title>Ledgerbridge</title>");
        Files.writeString(dir.resolve("ui/js/main.js"), "export {};");
        return new UiServlet(path -> {
            Path file = dir.resolve(path.substring(1));
            try {
                return Files.exists(file) ? file.toUri().toURL() : null;
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Answer call(UiServlet servlet, String method, String pathInfo, Map<String, String> headers)
            throws Exception {
        Answer answer = new Answer();
        HttpServletRequest req = (HttpServletRequest) Proxy.newProxyInstance(
                UiServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (p, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> pathInfo;
                    case "getContextPath" -> "";
                    case "getServletPath" -> "/ui";
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> null;
                });
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}

            @Override
            public void write(int b) {
                answer.body.write(b);
            }
        };
        HttpServletResponse resp = (HttpServletResponse) Proxy.newProxyInstance(
                UiServletTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> answer.status = (Integer) args[0];
                        case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                        case "setContentType" -> answer.headers.put("Content-Type", (String) args[0]);
                        case "setContentLength" -> answer.headers.put("Content-Length", args[0].toString());
                        case "getOutputStream" -> {
                            return out;
                        }
                        default -> {
                            return null;
                        }
                    }
                    return null;
                });
        servlet.service(req, resp);
        return answer;
    }

    private static Answer get(UiServlet servlet, String pathInfo) throws Exception {
        return call(servlet, "GET", pathInfo, Map.of());
    }

    private static void assertSecurityHeaders(Answer a) {
        assertEquals(SecurityHeaders.CSP, a.headers.get("Content-Security-Policy"));
        assertTrue(SecurityHeaders.CSP.contains("script-src 'self'")
                && SecurityHeaders.CSP.contains("frame-ancestors 'none'"));
        assertEquals("nosniff", a.headers.get("X-Content-Type-Options"));
        assertEquals("no-referrer", a.headers.get("Referrer-Policy"));
        assertEquals("DENY", a.headers.get("X-Frame-Options"));
        assertEquals("no-cache", a.headers.get("Cache-Control"));
    }

    @Test
    void theIndexPageAnswersTheRoot() throws Exception {
        Answer a = get(servlet(), "/");
        assertEquals(200, a.status);
        assertEquals("text/html; charset=utf-8", a.headers.get("Content-Type"));
        assertTrue(a.body().contains("<title>Ledgerbridge</title>"));
        assertSecurityHeaders(a);
    }

    @Test
    void scriptsAreJavaScriptWithAnEtag() throws Exception {
        UiServlet servlet = servlet();
        Answer a = get(servlet, "/js/main.js");
        assertEquals(200, a.status);
        assertEquals("text/javascript; charset=utf-8", a.headers.get("Content-Type"));
        assertEquals("export {};", a.body());
        String etag = a.headers.get("ETag");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);

        Answer again = call(servlet, "GET", "/js/main.js", Map.of("If-None-Match", etag));
        assertEquals(304, again.status);
        assertEquals("", again.body());
        assertSecurityHeaders(again);
    }

    @Test
    void uiWithoutSlashRedirects() throws Exception {
        Answer a = get(servlet(), null);
        assertEquals(302, a.status);
        assertEquals("/ui/", a.headers.get("Location"));
        assertSecurityHeaders(a);
    }

    @Test
    void unknownFilesAndClimbingOutAre404() throws Exception {
        UiServlet servlet = servlet();
        for (String path :
                new String[] {"/nope.js", "/../ui/index.html", "/js/../index.html", "/js/", "/index.class"}) {
            Answer a = get(servlet, path);
            assertEquals(404, a.status, path);
            assertEquals("text/plain; charset=utf-8", a.headers.get("Content-Type"));
            assertSecurityHeaders(a);
        }
    }

    @Test
    void headHasNoBodyAndOtherMethodsAre405() throws Exception {
        UiServlet servlet = servlet();
        Answer head = call(servlet, "HEAD", "/", Map.of());
        assertEquals(200, head.status);
        assertEquals("", head.body());
        Answer post = call(servlet, "POST", "/", Map.of());
        assertEquals(405, post.status);
        assertEquals("GET, HEAD", post.headers.get("Allow"));
        assertSecurityHeaders(post);
        assertNull(post.headers.get("ETag"));
    }

    @Test
    void theBundleCarriesTheUi() {
        URL index = UiServlet.class.getResource("/ui/index.html");
        assertTrue(index != null, "src/main/resources/ui/index.html is in the bundle");
    }
}
