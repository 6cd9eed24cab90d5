package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.ClientAddition;
import io.ledgerbridge.model.service.ConnectionAdmin;
import io.ledgerbridge.model.service.ConnectionView;
import io.ledgerbridge.model.service.ConnectorForm;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TenantService;
import io.ledgerbridge.model.service.TransferService;
import io.ledgerbridge.model.spi.FailureKind;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * and where each comes from ({@code GET /{id}/settings}), removing ({@code DELETE /{id}}), a connection test
 * ({@code POST /{id}/test}), retrying its failed transfers ({@code POST /{id}/retry-failed?kind=}) and adding a
 * partner connection's integration for several clients ({@code POST /{id}/clients[?dryRun=true]}, CSV or JSON) and
 * the documents it missed while it was off ({@code GET /{id}/missed}).
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
    public ConnectionsServlet(
            @Reference TransferService transfers, @Reference TenantService tenants, @Reference ConnectionAdmin admin) {
        this.transfers = transfers;
        this.tenants = tenants;
        this.admin = admin;
        route(
                "GET",
                "",
                (req, resp, path) ->
                        Json.write(resp, 200, Map.of("items", transfers.connections(scope(req, tenants)))));
        route(
                "GET",
                "{id}",
                (req, resp, path) -> Json.write(
                        resp,
                        200,
                        transfers
                                .connection(scope(req, tenants), path.get("id"))
                                .orElseThrow(() -> missing(path.get("id")))));
        route("GET", "{id}/settings", this::settings);
        route("POST", "", this::create);
        route(
                "POST",
                "{id}/test",
                (req, resp, path) ->
                        Json.write(resp, 200, transfers.testConnection(scope(req, tenants), path.get("id"))));
        route("POST", "{id}/retry-failed", Set.of("kind"), this::retryFailed);
        route("POST", "{id}/clients", Set.of("dryRun"), this::addClients);
        route(
                "GET",
                "{id}/missed",
                (req, resp, path) ->
                        Json.write(resp, 200, transfers.missedWhileOff(scope(req, tenants), path.get("id"))));
        route("PUT", "{id}", this::update);
        route("DELETE", "{id}", this::delete);
    }

    /** The body of a new connection. */
    record NewConnection(String connectorId, Map<String, Object> settings) {}

    /** The body of a change of settings. */
    record SettingsChange(Map<String, Object> settings) {}

    private void settings(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        Scope scope = scope(req, tenants);
        Json.write(
                resp,
                200,
                Map.of(
                        "settings",
                        admin.settings(scope, path.get("id")),
                        "storedSecrets",
                        admin.storedSecrets(scope, path.get("id")),
                        "origins",
                        admin.origins(scope, path.get("id"))));
    }

    private void create(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        Scope scope = scope(req, tenants);
        NewConnection body = Json.read(req, NewConnection.class);
        if (body.connectorId() == null || body.settings() == null) {
            throw new Json.BadRequest(
                    422,
                    "the connection is incomplete",
                    List.of(new FieldError(body.connectorId() == null ? "connectorId" : "settings", "is required")));
        }
        ConnectionView created = admin.create(scope, body.connectorId(), body.settings());
        resp.setHeader("Location", req.getRequestURI().replaceAll("/+$", "") + "/" + created.id());
        Json.write(resp, 201, created);
    }

    /** Adds the connection's integration for several clients ({@code ?dryRun=true}: checks only). */
    private void addClients(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        Scope scope = scope(req, tenants);
        String id = path.get("id");
        ConnectionView partner = transfers.connection(scope, id).orElseThrow(() -> missing(id));
        boolean dryRun = flag(req, "dryRun");
        Set<String> keys = admin.form(partner.connectorId())
                .map(f -> f.fields().stream().map(ConnectorForm.Field::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        List<ClientAddition> results = admin.addClients(scope, id, ClientList.read(req, clientKeys(keys)), dryRun);
        long added = results.stream().filter(ClientAddition::ok).count();
        Json.write(
                resp,
                200,
                Map.of("dryRun", dryRun, "added", added, "failed", results.size() - added, "results", results));
    }

    /** The settings a client's row may set: the connector's form, without those the batch sets itself. */
    private static Set<String> clientKeys(Set<String> formKeys) {
        Set<String> out = new HashSet<>(formKeys);
        out.removeAll(Set.of("tenant", "partnerConnection"));
        return out;
    }

    private void retryFailed(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        Scope scope = scope(req, tenants);
        FailureKind kind = ListParameters.kind(query(req).get("kind"));
        Json.write(resp, 200, Map.of("requeued", transfers.retryFailed(scope, path.get("id"), kind)));
    }

    private void update(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        SettingsChange body = Json.read(req, SettingsChange.class);
        Json.write(
                resp,
                200,
                admin.update(
                        scope(req, tenants), path.get("id"), body.settings() == null ? Map.of() : body.settings()));
    }

    private void delete(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        admin.delete(scope(req, tenants), path.get("id"));
        resp.setStatus(204);
    }

    private static NotFoundException missing(String id) {
        return new NotFoundException("connection '" + id + "' not found");
    }
}
