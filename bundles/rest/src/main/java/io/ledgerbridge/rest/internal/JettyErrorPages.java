package io.ledgerbridge.rest.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the errors Jetty answers itself, before any servlet runs, the API's JSON errors: a malformed request line,
 * a bad percent-escape or an ambiguous path segment (400), an address or headers too large (414, 431), a path no
 * context answers (404). pax-web adds every {@link Handler} service to its server; this one answers only TRACE
 * (405 with {@code Allow}, instead of pax-web's empty one), and installs {@link JsonErrorHandler} as the server's error handler (and puts the previous one back when the
 * bundle stops). Paths outside {@code /api} get a plain-text page: the status and what to do, never a stack trace
 * or the server's version.
 */
@Component(service = Handler.class, property = "service.ranking:Integer=1") // ranked: pax-web runs it first
public class JettyErrorPages extends AbstractHandler {
    /** What any path may be asked; TRACE never (pax-web refuses it with a bare 405 before any servlet). */
    static final String ALLOW = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    private static final Logger LOG = LoggerFactory.getLogger(JettyErrorPages.class);
    private ErrorHandler previous;

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!"TRACE".equals(request.getMethod())) {
            return; // every other request goes on to the contexts
        }
        base.setHandled(true);
        boolean api = request.getRequestURI().startsWith("/api");
        response.setStatus(405);
        response.setHeader("Allow", ALLOW);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(api ? "application/json" : "text/plain;charset=utf-8");
        response.getOutputStream().write(api ? ContainerErrors.json(405) : ContainerErrors.text(405));
    }

    @Override
    public synchronized void setServer(Server server) {
        super.setServer(server);
        if (server == null || server.getBean(JsonErrorHandler.class) != null) {
            return;
        }
        try {
            // the server is running, so its setErrorHandler refuses; Jetty finds the handler as a bean
            previous = server.getBean(ErrorHandler.class);
            JsonErrorHandler json = new JsonErrorHandler();
            json.setServer(server);
            if (previous != null) {
                server.removeBean(previous);
            }
            server.addBean(json);
            withoutServerVersion(server);
        } catch (RuntimeException e) {
            LOG.warn("Jetty's own error pages stay in place (the API's errors are still JSON): {}", e.toString());
        }
    }

    /** No {@code Server: Jetty(9.4.x)} header and no version in any page, whatever etc/jetty.xml says. */
    private static void withoutServerVersion(Server server) {
        for (Connector connector : server.getConnectors()) {
            for (ConnectionFactory factory : connector.getConnectionFactories()) {
                if (factory instanceof HttpConfiguration.ConnectionFactory http) {
                    http.getHttpConfiguration().setSendServerVersion(false);
                    http.getHttpConfiguration().setSendXPoweredBy(false);
                }
            }
        }
    }

    @Deactivate
    synchronized void restore() {
        Server server = getServer();
        JsonErrorHandler json = server == null ? null : server.getBean(JsonErrorHandler.class);
        if (json != null) {
            server.removeBean(json);
            server.addBean(previous == null ? new ErrorHandler() : previous);
        }
    }

    /** The server's error handler: the API's JSON error for {@code /api} and for unparsable requests. */
    static final class JsonErrorHandler extends ErrorHandler {
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/json");
            fields.put(HttpHeader.CACHE_CONTROL, "no-store");
            return ByteBuffer.wrap(ContainerErrors.json(status, reason));
        }

        @Override
        public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            int status = response.getStatus() >= 400 ? response.getStatus() : 500;
            String uri = request.getRequestURI();
            boolean api = uri == null || uri.equals("/api") || uri.startsWith("/api/");
            base.setHandled(true);
            response.setStatus(status);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType(api ? "application/json" : "text/plain;charset=utf-8");
            response.getOutputStream().write(api ? ContainerErrors.json(status) : ContainerErrors.text(status));
        }
    }
}
