package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Tenant;
import io.ledgerbridge.model.service.TenantService;
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

/** {@code /api/v1/tenants}: the partners and clients the caller may see; admins add partners, partners add clients. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(ApiContext.SELECT)
@HttpWhiteboardServletName("ledgerbridge-api-tenants")
@HttpWhiteboardServletPattern("/v1/tenants/*")
public class TenantsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient TenantService tenants;

    @Activate
    public TenantsServlet(@Reference TenantService tenants) {
        this.tenants = tenants;
        route(
                "GET",
                "",
                (req, resp, path) -> Json.write(resp, 200, Map.of("items", tenants.list(scope(req, tenants)))));
        route(
                "GET",
                "{id}",
                (req, resp, path) -> Json.write(
                        resp,
                        200,
                        tenants.get(scope(req, tenants), path.get("id"))
                                .orElseThrow(
                                        () -> new NotFoundException("tenant '" + path.get("id") + "' not found"))));
        route("POST", "", this::create);
    }

    private void create(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        Tenant created = tenants.create(scope(req, tenants), Json.read(req, Tenant.class));
        resp.setHeader("Location", req.getRequestURI().replaceAll("/+$", "") + "/" + created.id());
        Json.write(resp, 201, created);
    }
}
