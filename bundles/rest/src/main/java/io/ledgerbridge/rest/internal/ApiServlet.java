package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.ConflictException;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TenantService;
import io.ledgerbridge.model.service.ValidationException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the API servlets: dispatches each request to the route the servlet declared for it and turns the service
 * exceptions into the API's error answers, in one place.
 *
 * <p>A servlet declares its routes once, in its constructor, e.g. {@code route("GET", "{id}", this::one)} (see
 * {@link Routes} for the patterns). A request no route's pattern fits is answered 404 "no such resource", naming
 * the routes of its method; one that fits only routes of other methods is answered 405 with an {@code Allow}
 * header. {@code HEAD} runs the {@code GET} route without its body, {@code OPTIONS} answers the {@code Allow}
 * header of the path.
 */
abstract class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private final transient Routes routes = new Routes();

    /** Writes the answer of a request; the exceptions it throws become error answers. */
    @FunctionalInterface
    private interface Answer {
        void write() throws IOException;
    }

    /**
     * Declares that requests with the method whose path below the servlet fits the pattern are answered by the
     * handler.
     *
     * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
     * @param pattern segments such as {@code jobs/{id}}, without a leading slash; {@code ""} is the servlet's own path
     * @throws IllegalArgumentException when the method cannot be routed, the pattern is malformed or already routed
     */
    protected final void route(String method, String pattern, Routes.Handler handler) {
        routes.add(method, pattern, handler);
    }

    /**
     * Like {@link #route(String, String, Routes.Handler)} for a route that accepts the named query parameters, each
     * at most once; any other is refused with 400 before the handler runs (read them with {@link #query}).
     */
    protected final void route(String method, String pattern, Set<String> query, Routes.Handler handler) {
        routes.add(method, pattern, query, handler);
    }

    /** The query parameters of the request, checked against its route. */
    protected static QueryParameters query(HttpServletRequest req) {
        return QueryParameters.of(req);
    }

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        dispatch("GET", req, resp); // also HEAD, which HttpServlet answers through doGet without the body
    }

    @Override
    protected final void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        dispatch("POST", req, resp);
    }

    @Override
    protected final void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        dispatch("PUT", req, resp);
    }

    @Override
    protected final void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        dispatch("DELETE", req, resp);
    }

    /**
     * Methods HttpServlet does not know (PATCH, ...) get the API's 405 with {@code Allow}, not a bare 501; so does
     * TRACE, which HttpServlet would answer by echoing the request's headers, credentials included.
     */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp)
            throws javax.servlet.ServletException, IOException {
        if (Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS").contains(req.getMethod())) {
            super.service(req, resp);
        } else {
            dispatch(req.getMethod(), req, resp);
        }
    }

    /** A boolean query parameter: absent is false; anything but {@code true} or {@code false} is refused. */
    protected static boolean flag(HttpServletRequest req, String name) {
        String value = query(req).get(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new Json.BadRequest(
                422,
                name + " must be true or false",
                List.of(new FieldError(name, "must be true or false, not '" + value + "'")));
    }

    @Override
    protected final void doOptions(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        guarded(resp, () -> {
            Set<String> methods = routes.methodsFor(segments(req));
            if (methods.isEmpty()) {
                throw noSuchResource("OPTIONS", req);
            }
            resp.setHeader("Allow", allow(methods));
        });
    }

    private void dispatch(String method, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        guarded(resp, () -> {
            ContainerErrors.refuseAmbiguous(req);
            String[] path = segments(req);
            Optional<Routes.Found> found = routes.find(method, path);
            if (found.isPresent()) {
                req.setAttribute(
                        QueryParameters.ATTRIBUTE,
                        QueryParameters.check(
                                req.getQueryString(), found.get().route().query()));
                found.get().route().handler().handle(req, resp, found.get().parameters());
                return;
            }
            Set<String> methods = routes.methodsFor(path);
            if (methods.isEmpty()) {
                throw noSuchResource(method, req);
            }
            String allow = allow(methods);
            resp.setHeader("Allow", allow);
            ApiErrors.write(
                    resp, 405, method + " is not answered at " + req.getRequestURI() + " (allowed: " + allow + ")");
        });
    }

    private NotFoundException noSuchResource(String method, HttpServletRequest req) {
        String base = req.getContextPath() + req.getServletPath();
        return new NotFoundException("no such resource: " + method + " " + req.getRequestURI() + " (routes: "
                + routes.describe(method, base) + ")");
    }

    /** The {@code Allow} header for the routed methods in the usual order: GET brings HEAD, OPTIONS is always there. */
    private static String allow(Set<String> methods) {
        return Stream.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS")
                .filter(m -> methods.contains(m) || m.equals("HEAD") && methods.contains("GET") || m.equals("OPTIONS"))
                .collect(Collectors.joining(", "));
    }

    private static void guarded(HttpServletResponse response, Answer answer) throws IOException {
        try {
            answer.write();
        } catch (Json.BadRequest e) {
            ApiErrors.write(response, e.status, e.getMessage(), e.fields);
        } catch (ValidationException e) {
            ApiErrors.write(
                    response,
                    422,
                    "the request breaks " + e.errors().size() + " rule(s); nothing was stored",
                    e.errors());
        } catch (ConflictException e) {
            ApiErrors.write(response, 409, e.getMessage());
        } catch (NotFoundException e) {
            ApiErrors.write(response, 404, e.getMessage());
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                if (DatabaseUnavailable.worthLogging(System.currentTimeMillis())) {
                    LOG.warn("Requests are answered 503 (at most one line per 10 s): {}", e.toString());
                }
                DatabaseUnavailable.answer(response);
                return;
            }
            String errorId = UUID.randomUUID().toString();
            LOG.error("Request failed, error id {}", errorId, e);
            ApiErrors.write(
                    response, 500, "internal error " + errorId + "; nothing was changed, try again or report this id");
        }
    }

    /** The scope of the signed-in caller. */
    protected static Scope scope(HttpServletRequest request, TenantService tenants) {
        return caller(request).isAdmin()
                ? Scope.admin()
                : tenants.scopeOf(caller(request).tenantId());
    }

    /** The signed-in caller, attached to the request by {@link ApiContext}. */
    protected static Caller caller(HttpServletRequest request) {
        return (Caller) request.getAttribute(Caller.ATTRIBUTE);
    }

    /** The path below the servlet's pattern split into segments, e.g. {@code ["<id>", "finalize"]}. */
    static String[] segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.equals("/")) {
            return new String[0];
        }
        return info.substring(1).split("/", -1);
    }
}
