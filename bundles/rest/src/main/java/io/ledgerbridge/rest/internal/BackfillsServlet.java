package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.service.BackfillRequest;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TenantService;
import io.ledgerbridge.model.service.TransferService;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * {@code /api/v1/backfills}: {@code POST ?dryRun=true} counts and estimates, {@code POST} starts a job,
 * {@code GET} lists jobs, {@code GET /{id}} shows progress, {@code POST /{id}/pause|resume|cancel}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(ApiContext.SELECT)
@HttpWhiteboardServletName("ledgerbridge-api-backfills")
@HttpWhiteboardServletPattern("/v1/backfills/*")
public class BackfillsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient TransferService transfers;
    private final transient TenantService tenants;

    @Activate
    public BackfillsServlet(@Reference TransferService transfers, @Reference TenantService tenants) {
        this.transfers = transfers;
        this.tenants = tenants;
        route(
                "GET",
                "",
                (req, resp, path) -> Json.write(resp, 200, Map.of("items", transfers.backfills(scope(req, tenants)))));
        route(
                "GET",
                "{id}",
                (req, resp, path) -> Json.write(
                        resp,
                        200,
                        transfers
                                .backfill(scope(req, tenants), path.get("id"))
                                .orElseThrow(
                                        () -> new NotFoundException("backfill '" + path.get("id") + "' not found"))));
        route("POST", "", Set.of("dryRun"), this::planOrStart);
        for (String action : List.of("pause", "resume", "cancel")) {
            route(
                    "POST",
                    "{id}/" + action,
                    (req, resp, path) -> Json.write(
                            resp, 200, transfers.controlBackfill(scope(req, tenants), path.get("id"), action)));
        }
    }

    /** {@code POST ?dryRun=true} counts and estimates, {@code POST} starts the backfill. */
    private void planOrStart(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        Scope scope = scope(req, tenants);
        BackfillRequest request = Json.read(req, BackfillRequest.class);
        BackfillRules.check(request);
        if (flag(req, "dryRun")) {
            Json.write(resp, 200, transfers.planBackfill(scope, request));
        } else {
            Json.write(
                    resp,
                    201,
                    transfers.startBackfill(scope, request, caller(req).user()));
        }
    }
}
