package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.service.ConnectionAdmin;
import io.ledgerbridge.model.service.ConnectionView;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TenantService;
import io.ledgerbridge.model.service.TransferService;
import io.ledgerbridge.model.spi.FailureKind;
import java.io.IOException;
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

/**
 * {@code /api/v1/connections}: connections with their status ({@code GET}, {@code GET /{id}}), creating
 * ({@code POST {connectorId, settings}}), changing ({@code PUT /{id} {settings}}), reading settings without secrets
 * ({@code GET /{id}/settings}), removing ({@code DELETE /{id}}), a connection test ({@code POST /{id}/test}) and
 * retrying its failed transfers ({@code POST /{id}/retry-failed?kind=}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(ApiContext.SELECT)
@HttpWhiteboardServletName("ledgerbridge-api-connections")
@HttpWhiteboardServletPattern("/v1/connections/*")
public class ConnectionsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient TransferService transfers;
    private final transient TenantService tenants;
    private final transient ConnectionAdmin admin;

    @Activate
    public ConnectionsServlet(@Reference TransferService transfers, @Reference TenantService tenants,
                              @Reference ConnectionAdmin admin) {
        this.transfers = transfers;
        this.tenants = tenants;
        this.admin = admin;
    }

    /** The body of a new connection. */
    record NewConnection(String connectorId, Map<String, Object> settings) {
    }

    /** The body of a change of settings. */
    record SettingsChange(Map<String, Object> settings) {
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        guarded(resp, () -> {
            String[] path = segments(req);
            Scope scope = scope(req, tenants);
            if (path.length == 0) {
                Json.write(resp, 200, Map.of("items", transfers.connections(scope)));
            } else if (path.length == 1) {
                Json.write(resp, 200, transfers.connection(scope, path[0]).orElseThrow(() -> missing(path[0])));
            } else if (path.length == 2 && path[1].equals("settings")) {
                Json.write(resp, 200, Map.of("settings", admin.settings(scope, path[0]),
                        "storedSecrets", admin.storedSecrets(scope, path[0])));
            } else {
                throw new NotFoundException("no such resource: " + req.getRequestURI());
            }
        });
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        guarded(resp, () -> {
            String[] path = segments(req);
            Scope scope = scope(req, tenants);
            if (path.length == 0) {
                NewConnection body = Json.read(req, NewConnection.class);
                if (body.connectorId() == null || body.settings() == null) {
                    throw new Json.BadRequest(422, "the connection is incomplete", java.util.List.of(
                            new io.ledgerbridge.model.FieldError(body.connectorId() == null ? "connectorId" : "settings", "is required")));
                }
                ConnectionView created = admin.create(scope, body.connectorId(), body.settings());
                resp.setHeader("Location", req.getRequestURI().replaceAll("/+$", "") + "/" + created.id());
                Json.write(resp, 201, created);
            } else if (path.length == 2 && path[1].equals("test")) {
                Json.write(resp, 200, transfers.testConnection(scope, path[0]));
            } else if (path.length == 2 && path[1].equals("retry-failed")) {
                FailureKind kind = ListParameters.kind(req.getParameter("kind"));
                Json.write(resp, 200, Map.of("requeued", transfers.retryFailed(scope, path[0], kind)));
            } else {
                throw new NotFoundException("no such resource: POST " + req.getRequestURI()
                        + " (actions: test, retry-failed)");
            }
        });
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        guarded(resp, () -> {
            String[] path = segments(req);
            if (path.length != 1) {
                throw new NotFoundException("no such resource: PUT " + req.getRequestURI());
            }
            SettingsChange body = Json.read(req, SettingsChange.class);
            Json.write(resp, 200, admin.update(scope(req, tenants), path[0], body.settings() == null ? Map.of() : body.settings()));
        });
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        guarded(resp, () -> {
            String[] path = segments(req);
            if (path.length != 1) {
                throw new NotFoundException("no such resource: DELETE " + req.getRequestURI());
            }
            admin.delete(scope(req, tenants), path[0]);
            resp.setStatus(204);
        });
    }

    private static NotFoundException missing(String id) {
        return new NotFoundException("connection '" + id + "' not found");
    }
}
