package io.ledgerbridge.ui.internal;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;

/**
 * Sends a browser that opens the server's address to the web UI. Its pattern is the servlet specification's
 * empty-string mapping, which matches exactly {@code /} and nothing else, so no other path is taken over.
 */
// the pattern is set as a plain property: @HttpWhiteboardServletPattern("") would give an empty list of patterns
@Component(service = Servlet.class, property = "osgi.http.whiteboard.servlet.pattern=")
@HttpWhiteboardServletName("ledgerbridge-ui-root")
public class RootRedirectServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SecurityHeaders.apply(resp);
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!path.isEmpty() && !path.equals("/")) {
            resp.setStatus(404); // not expected with the empty-string mapping; never take over another path
            return;
        }
        resp.setStatus(302);
        resp.setHeader("Location", req.getContextPath() + "/ui/");
    }
}
