package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.service.ConflictException;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TenantService;
import io.ledgerbridge.model.service.ValidationException;
import java.io.IOException;
import java.util.UUID;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Base of the API servlets: turns the service exceptions into the API's error answers, in one place. */
abstract class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    /** Handles one request and writes its answer. */
    @FunctionalInterface
    interface Handler {
        void handle() throws IOException;
    }

    protected void guarded(HttpServletResponse response, Handler handler) throws IOException {
        try {
            handler.handle();
        } catch (Json.BadRequest e) {
            ApiErrors.write(response, e.status, e.getMessage(), e.fields);
        } catch (ValidationException e) {
            ApiErrors.write(response, 422, "the request breaks " + e.errors().size() + " rule(s); nothing was stored",
                    e.errors());
        } catch (ConflictException e) {
            ApiErrors.write(response, 409, e.getMessage());
        } catch (NotFoundException e) {
            ApiErrors.write(response, 404, e.getMessage());
        } catch (RuntimeException e) {
            String errorId = UUID.randomUUID().toString();
            LOG.error("Request failed, error id {}", errorId, e);
            ApiErrors.write(response, 500, "internal error " + errorId + "; nothing was changed, try again or report this id");
        }
    }

    /** The scope of the signed-in caller. */
    protected static Scope scope(HttpServletRequest request, TenantService tenants) {
        Caller caller = (Caller) request.getAttribute(Caller.ATTRIBUTE);
        return caller.isAdmin() ? Scope.admin() : tenants.scopeOf(caller.tenantId());
    }

    /** The path below the servlet's pattern split into segments, e.g. {@code ["<id>", "finalize"]}. */
    protected static String[] segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.equals("/")) {
            return new String[0];
        }
        return info.substring(1).split("/", -1);
    }
}
