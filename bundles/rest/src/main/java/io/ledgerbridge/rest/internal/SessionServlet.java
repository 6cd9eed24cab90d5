package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.NotFoundException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1/session}: browser sign-in through Karaf JAAS ({@code POST {user, password}} sets the session cookie
 * and answers the CSRF token), the current session ({@code GET}) and sign-out ({@code DELETE}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(ApiContext.SELECT)
@HttpWhiteboardServletName("ledgerbridge-api-session")
@HttpWhiteboardServletPattern("/v1/session")
public class SessionServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SessionServlet.class);
    private final transient Sessions sessions;

    @Activate
    public SessionServlet(@Reference Sessions sessions) {
        this.sessions = sessions;
        route("POST", "", this::signIn);
        route("GET", "", this::current);
        route("DELETE", "", this::signOut);
    }

    /** The sign-in form. */
    record SignIn(String user, String password) {}

    private void signIn(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        SignIn form = Json.read(req, SignIn.class);
        List<FieldError> missing = new ArrayList<>();
        if (form.user() == null || form.user().isBlank()) {
            missing.add(new FieldError("user", "is required"));
        }
        if (form.password() == null || form.password().isEmpty()) {
            missing.add(new FieldError("password", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new Json.BadRequest(422, "enter your user name and password", missing);
        }
        long locked = sessions.lockedForSeconds(form.user());
        if (locked > 0) {
            resp.setHeader("Retry-After", Long.toString(locked));
            ApiErrors.write(resp, 429, "too many failed sign-ins for this user; try again in " + locked + " s");
            return;
        }
        Caller caller = JaasLogin.login(form.user(), form.password().toCharArray());
        if (caller == null) {
            sessions.recordFailure(form.user());
            LOG.info("Failed sign-in for user '{}'", form.user().replaceAll("[\\r\\n]", "_"));
            ApiErrors.write(resp, 401, "the user name or password is wrong");
            return;
        }
        if (!caller.mayUseApi()) {
            ApiErrors.write(
                    resp,
                    403,
                    "user '" + caller.user() + "' has no Ledgerbridge role (admin, or partner with a tenant)");
            return;
        }
        sessions.close(ApiContext.cookie(req)); // a new id at every sign-in: no session fixation
        Sessions.Session session = sessions.open(caller);
        resp.addHeader("Set-Cookie", cookie(req, session.id(), false));
        Json.write(resp, 200, describe(caller, session.csrfToken(), session.expiresAt()));
    }

    private void current(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        Sessions.Session session = (Sessions.Session) req.getAttribute(Sessions.Session.class.getName());
        Json.write(
                resp,
                200,
                describe(
                        caller(req),
                        session == null ? null : session.csrfToken(),
                        session == null ? null : session.expiresAt()));
    }

    private void signOut(HttpServletRequest req, HttpServletResponse resp, PathParameters path) {
        Sessions.Session session = (Sessions.Session) req.getAttribute(Sessions.Session.class.getName());
        if (session == null) {
            throw new NotFoundException("no browser session to end (HTTP Basic has none)");
        }
        sessions.close(session.id());
        resp.addHeader("Set-Cookie", cookie(req, "", true));
        resp.setStatus(204);
    }

    private static Map<String, Object> describe(Caller caller, String csrfToken, Instant expiresAt) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", caller.user());
        out.put("admin", caller.isAdmin());
        out.put("tenantId", caller.tenantId());
        out.put("roles", caller.roles().stream().sorted().toList());
        out.put("csrfToken", csrfToken);
        out.put("expiresAt", expiresAt);
        return out;
    }

    /** The session cookie: script cannot read it, other sites cannot send it, it only goes to the API. */
    private static String cookie(HttpServletRequest req, String value, boolean clear) {
        return ApiContext.SESSION_COOKIE + "=" + value + "; Path=/api; HttpOnly; SameSite=Strict"
                + (req.isSecure() ? "; Secure" : "") + (clear ? "; Max-Age=0" : "");
    }
}
