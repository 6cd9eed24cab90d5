package io.ledgerbridge.rest.internal;

import java.io.IOException;
import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The API context's default servlet and error page: a path under {@code /api} no resource servlet answers gets the
 * API's JSON 404, and an error the container raises inside the context (4xx, 5xx, an exception) the API's JSON
 * error instead of the container's HTML page.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(ApiContext.SELECT)
@HttpWhiteboardServletName("ledgerbridge-api-fallback")
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletErrorPage(errorPage = {"4xx", "5xx", "java.lang.Throwable"})
public class ApiFallbackServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object status = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer s && s >= 400 ? s : 404;
        if (resp.isCommitted()) {
            return;
        }
        resp.resetBuffer();
        String ambiguity = ContainerErrors.ambiguity(req.getRequestURI());
        if (status == null && ambiguity != null) {
            ApiErrors.write(
                    resp, 400, ambiguity + "; nothing was changed; send ids as they are, without path characters");
            return;
        }
        if (code == 404 && status == null) {
            ApiErrors.write(
                    resp,
                    404,
                    "no such resource: " + req.getMethod() + " " + printable(req.getRequestURI())
                            + "; nothing was changed; the API's resources are under /api/v1 (documents, tenants,"
                            + " connections, transfers, backfills, store, session)");
            return;
        }
        ApiErrors.write(resp, code, ContainerErrors.message(code));
    }

    /** The address as it may be shown in an answer: printable ASCII, at most 200 characters. */
    static String printable(String text) {
        String shown = text == null ? "" : text.replaceAll("[^\\x20-\\x7e]", "?");
        return shown.length() > 200 ? shown.substring(0, 200) + "…" : shown;
    }
}
