package io.ledgerbridge.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the web UI's static files from the bundle under {@code /ui/} (the index page for {@code /ui/}, a redirect
 * from {@code /ui}), with the security headers on every answer, an ETag per file and 404 for anything else. The UI
 * talks to the public REST API only; this servlet knows nothing about it.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("ledgerbridge-ui")
@HttpWhiteboardServletPattern("/ui/*")
public class UiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** A file of the UI with its fingerprint. */
    record Resource(byte[] content, String contentType, String etag) {}

    private final transient Function<String, URL> loader;
    private final transient Map<String, Optional<Resource>> cache = new ConcurrentHashMap<>();

    public UiServlet() {
        this(UiServlet.class::getResource);
    }

    /** For tests: resources from another loader. */
    UiServlet(Function<String, URL> loader) {
        this.loader = loader;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SecurityHeaders.apply(resp);
        String method = req.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            resp.setHeader("Allow", "GET, HEAD");
            text(resp, 405, "Only GET and HEAD are answered here.");
            return;
        }
        String pathInfo = req.getPathInfo();
        if (pathInfo == null || pathInfo.isEmpty()) {
            resp.setStatus(302);
            resp.setHeader("Location", req.getContextPath() + req.getServletPath() + "/");
            return;
        }
        Optional<Resource> found = UiResources.resolve(pathInfo).flatMap(this::load);
        if (found.isEmpty()) {
            text(resp, 404, "Not found. The Ledgerbridge web UI starts at /ui/.");
            return;
        }
        Resource r = found.get();
        resp.setHeader("ETag", r.etag());
        if (r.etag().equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(304);
            return;
        }
        resp.setStatus(200);
        resp.setContentType(r.contentType());
        resp.setContentLength(r.content().length);
        if (!head) {
            resp.getOutputStream().write(r.content());
        }
    }

    private Optional<Resource> load(String path) {
        return cache.computeIfAbsent(path, p -> {
            URL url = loader.apply(p);
            if (url == null) {
                return Optional.empty();
            }
            try (InputStream in = url.openStream()) {
                byte[] content = in.readAllBytes();
                return Optional.of(
                        new Resource(content, UiResources.contentType(p).orElseThrow(), etag(content)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p + " from the bundle", e);
            }
        });
    }

    static String etag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
