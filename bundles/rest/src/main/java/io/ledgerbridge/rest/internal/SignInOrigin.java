package io.ledgerbridge.rest.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.Preprocessor;

/**
 * Tells {@link JaasLogin} whether the request it checks comes from this machine: a whiteboard preprocessor, so it runs
 * before {@link ApiContext#handleSecurity} and the servlets, on the same thread. A request is from this machine only
 * when its peer is a loopback address and it names no forwarded client ({@code Forwarded}, {@code X-Forwarded-For},
 * {@code X-Real-IP}): behind a reverse proxy on the same host every proxied request counts as from another machine.
 * A refusal thrown while checking the credentials becomes the API's JSON error here.
 */
@Component(service = Preprocessor.class)
public class SignInOrigin implements Preprocessor {
    private static final ThreadLocal<Boolean> LOCAL = new ThreadLocal<>();
    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

    /** True when the request of this thread comes from this machine; false when unknown (fails closed). */
    static boolean isLocal() {
        return Boolean.TRUE.equals(LOCAL.get());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        LOCAL.set(request instanceof HttpServletRequest http && isLocal(http));
        try {
            chain.doFilter(request, response);
        } catch (Json.BadRequest refused) {
            if (response.isCommitted() || !(response instanceof HttpServletResponse http)) {
                throw refused;
            }
            ApiErrors.write(http, refused.status, refused.getMessage(), refused.fields);
        } finally {
            LOCAL.remove();
        }
    }

    static boolean isLocal(HttpServletRequest request) {
        return FORWARDING_HEADERS.stream().noneMatch(h -> request.getHeader(h) != null)
                && isLoopback(request.getRemoteAddr());
    }

    private static boolean isLoopback(String address) {
        if (address == null || !address.matches("[0-9a-fA-F.:\\[\\]%]+")) {
            return false; // only literal addresses: never a name lookup
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void init(FilterConfig config) {}

    @Override
    public void destroy() {}
}
