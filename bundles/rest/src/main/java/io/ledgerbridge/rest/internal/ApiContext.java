package io.ledgerbridge.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The servlet context of the REST API under {@code /api}. Every request authenticates against the Karaf JAAS realm
 * {@code karaf}: with HTTP Basic (programs), or with the session cookie of a browser sign-in, in which case every
 * changing request must also carry the session's CSRF token. The caller is attached to the request for the servlets
 * to scope by. Only signing in ({@code POST /api/v1/session}) needs no authentication.
 */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = ApiContext.NAME, path = "/api")
public class ApiContext extends ServletContextHelper {
    static final String NAME = "ledgerbridge-api";
    static final String SELECT = "(osgi.http.whiteboard.context.name=" + NAME + ")";
    static final String SESSION_COOKIE = "LB_SESSION";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** Signing in, below the context path. */
    static final String SIGN_IN = "/v1/session";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Sessions sessions;

    @Activate
    public ApiContext(BundleContext context, @Reference Sessions sessions) {
        super(context.getBundle());
        this.sessions = sessions;
    }

    @Override
    public boolean handleSecurity(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("POST".equals(request.getMethod())
                && (request.getContextPath() + SIGN_IN).equals(request.getRequestURI())) {
            return true; // signing in: the session servlet checks the credentials
        }
        String header = request.getHeader("Authorization");
        Optional<Sessions.Session> session = header == null ? sessions.touch(cookie(request)) : Optional.empty();
        Caller caller = session.map(Sessions.Session::caller).orElseGet(() -> basic(header));
        if (caller == null) {
            if (!"ledgerbridge-ui".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Ledgerbridge\", charset=\"UTF-8\"");
            }
            ApiErrors.write(
                    response,
                    401,
                    cookie(request) != null && header == null
                            ? "your session has ended; sign in again"
                            : "sign in with your Ledgerbridge user name and password (HTTP Basic, or POST /api"
                                    + SIGN_IN + ")");
            return false;
        }
        if (!caller.mayUseApi()) {
            ApiErrors.write(
                    response,
                    403,
                    "user '" + caller.user() + "' has no Ledgerbridge role (admin, or partner with a tenant)");
            return false;
        }
        if (session.isPresent() && !SAFE_METHODS.contains(request.getMethod())) {
            String problem = csrfProblem(request, session.get());
            if (problem != null) {
                ApiErrors.write(response, 403, problem + "; nothing was changed");
                return false;
            }
        }
        request.setAttribute(Caller.ATTRIBUTE, caller);
        session.ifPresent(s -> request.setAttribute(Sessions.Session.class.getName(), s));
        return true;
    }

    /** Why a changing request of a browser session is refused, or null when its CSRF token and origin are right. */
    private static String csrfProblem(HttpServletRequest request, Sessions.Session session) {
        if (!session.acceptsCsrf(request.getHeader(CSRF_HEADER))) {
            return "the " + CSRF_HEADER + " header is missing or not this session's token";
        }
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        if (origin != null
                && host != null
                && !origin.replaceFirst("^https?://", "").equalsIgnoreCase(host)) {
            return "requests from " + origin + " are not accepted";
        }
        return null;
    }

    static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (SESSION_COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    private static Caller basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return JaasLogin.login(
                decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
    }
}
