package io.ledgerbridge.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContext;
import org.osgi.framework.BundleContext;

/**
 * The servlet context of the REST API under {@code /api}. Every request must authenticate (HTTP Basic) against the
 * Karaf JAAS realm {@code karaf}; the caller is attached to the request for the servlets to scope by.
 */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = ApiContext.NAME, path = "/api")
public class ApiContext extends ServletContextHelper {
    static final String NAME = "ledgerbridge-api";
    static final String SELECT = "(osgi.http.whiteboard.context.name=" + NAME + ")";
    private static final String REALM = "karaf";

    @Activate
    public ApiContext(BundleContext context) {
        super(context.getBundle());
    }

    @Override
    public boolean handleSecurity(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller = authenticate(request.getHeader("Authorization"));
        if (caller == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Ledgerbridge\", charset=\"UTF-8\"");
            ApiErrors.write(response, 401, "sign in with your Ledgerbridge user name and password (HTTP Basic)");
            return false;
        }
        if (!caller.mayUseApi()) {
            ApiErrors.write(response, 403, "user '" + caller.user() + "' has no Ledgerbridge role (admin, or partner with a tenant)");
            return false;
        }
        request.setAttribute(Caller.ATTRIBUTE, caller);
        return true;
    }

    private Caller authenticate(String header) {
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
        return login(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
    }

    private Caller login(String user, char[] password) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(getClass().getClassLoader());
        try {
            LoginContext login = new LoginContext(REALM, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback n) {
                        n.setName(user);
                    } else if (cb instanceof PasswordCallback p) {
                        p.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            login.login();
            Set<String> roles = login.getSubject().getPrincipals().stream()
                    .filter(p -> p.getClass().getSimpleName().equals("RolePrincipal"))
                    .map(Principal::getName).collect(Collectors.toSet());
            return new Caller(user, roles);
        } catch (LoginException e) {
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
