package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.ConnectionAdmin;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TenantService;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /api/v1/store}: the connector catalog ({@code GET /connectors?q=}, {@code GET /connectors/{id}}), a
 * connector's settings form ({@code GET /connectors/{id}/form}), and for admins what an install or uninstall would
 * change ({@code GET /connectors/{id}/impact?action=}) and the jobs that do it ({@code POST /jobs},
 * {@code GET /jobs[/{id}]}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(ApiContext.SELECT)
@HttpWhiteboardServletName("ledgerbridge-api-store")
@HttpWhiteboardServletPattern("/v1/store/*")
public class StoreServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient ConnectorCatalog catalog;
    private final transient StoreJobs jobs;
    private final transient ConnectionAdmin admin;
    private final transient TenantService tenants;
    private final transient FeaturesService features;
    private final transient BundleContext context;

    @Activate
    public StoreServlet(
            @Reference ConnectorCatalog catalog,
            @Reference StoreJobs jobs,
            @Reference ConnectionAdmin admin,
            @Reference TenantService tenants,
            @Reference FeaturesService features,
            BundleContext context) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.admin = admin;
        this.tenants = tenants;
        this.features = features;
        this.context = context;
        route(
                "GET",
                "connectors",
                Set.of("q"),
                (req, resp, path) -> Json.write(
                        resp,
                        200,
                        Map.of(
                                "items",
                                catalog.entries(
                                        scope(req, tenants),
                                        caller(req).isAdmin(),
                                        query(req).get("q"),
                                        jobs))));
        route(
                "GET",
                "connectors/{id}",
                (req, resp, path) -> Json.write(
                        resp,
                        200,
                        catalog.entry(scope(req, tenants), caller(req).isAdmin(), path.get("id"), jobs)
                                .orElseThrow(() -> ConnectorCatalog.missing(path.get("id")))));
        route(
                "GET",
                "connectors/{id}/form",
                (req, resp, path) -> Json.write(
                        resp,
                        200,
                        admin.form(path.get("id"))
                                .orElseThrow(() ->
                                        new NotFoundException("connector '" + path.get("id") + "' is not installed"))));
        route("GET", "connectors/{id}/impact", Set.of("action"), this::writeImpact);
        route("GET", "jobs", (req, resp, path) -> {
            requireAdmin(req);
            Json.write(resp, 200, Map.of("items", jobs.all()));
        });
        route("GET", "jobs/{id}", (req, resp, path) -> {
            requireAdmin(req);
            Json.write(
                    resp,
                    200,
                    jobs.job(path.get("id"))
                            .orElseThrow(() -> new NotFoundException("job '" + path.get("id")
                                    + "' not found (jobs are kept until Ledgerbridge restarts)"))
                            .view());
        });
        route("POST", "jobs", this::submitJob);
    }

    /** The body of a new job. */
    record NewJob(String connectorId, String action) {}

    /** What installing or uninstalling the connector would change ({@code ?action=install|uninstall}). */
    private void writeImpact(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        Scope scope = scope(req, tenants);
        requireAdmin(req);
        boolean install = action(query(req).get("action"), "action");
        String id = path.get("id");
        ConnectorCatalog.Listed listed = catalog.find(id).orElseThrow(() -> ConnectorCatalog.missing(id));
        long connections = catalog.entry(scope, true, id, jobs)
                .map(StoreEntry::connections)
                .orElse(0L);
        Json.write(resp, 200, impact(listed, install, connections));
    }

    private void submitJob(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        requireAdmin(req);
        NewJob body = Json.read(req, NewJob.class);
        if (body.connectorId() == null || body.connectorId().isBlank()) {
            throw new Json.BadRequest(
                    422, "the job is incomplete", List.of(new FieldError("connectorId", "is required")));
        }
        boolean install = action(body.action(), "action");
        ConnectorCatalog.Listed listed =
                catalog.find(body.connectorId()).orElseThrow(() -> ConnectorCatalog.missing(body.connectorId()));
        StoreJob job = jobs.submit(
                listed, install, catalog.isInstalled(listed), caller(req).user());
        resp.setHeader("Location", req.getRequestURI().replaceAll("/+$", "") + "/" + job.id());
        Json.write(resp, 202, job.view());
    }

    private FeatureImpact impact(ConnectorCatalog.Listed listed, boolean install, long connections) {
        try {
            return FeatureImpact.of(features, context, listed, install, connections);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot work out what the " + (install ? "install" : "uninstall") + " changes", e);
        }
    }

    private static boolean action(String value, String field) {
        if ("install".equals(value) || "uninstall".equals(value)) {
            return "install".equals(value);
        }
        throw new Json.BadRequest(
                422, "unknown action", List.of(new FieldError(field, "must be install or uninstall")));
    }

    private static void requireAdmin(HttpServletRequest req) {
        if (!caller(req).isAdmin()) {
            throw new Json.BadRequest(403, "only administrators install and uninstall connectors", List.of());
        }
    }
}
