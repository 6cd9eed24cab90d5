package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.service.BackfillRequest;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TenantService;
import io.ledgerbridge.model.service.TransferService;
import java.io.IOException;
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
    private static final Set<String> ACTIONS = Set.of("pause", "resume", "cancel");
    private final transient TransferService transfers;
    private final transient TenantService tenants;

    @Activate
    public BackfillsServlet(@Reference TransferService transfers, @Reference TenantService tenants) {
        this.transfers = transfers;
        this.tenants = tenants;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        guarded(resp, () -> {
            String[] path = segments(req);
            Scope scope = scope(req, tenants);
            if (path.length == 0) {
                Json.write(resp, 200, Map.of("items", transfers.backfills(scope)));
            } else if (path.length == 1) {
                Json.write(resp, 200, transfers.backfill(scope, path[0])
                        .orElseThrow(() -> new NotFoundException("backfill '" + path[0] + "' not found")));
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
                BackfillRequest request = Json.read(req, BackfillRequest.class);
                if (request.connectionId() == null || request.connectionId().isBlank()) {
                    throw new Json.BadRequest(422, "the backfill request is incomplete",
                            java.util.List.of(new io.ledgerbridge.model.FieldError("connectionId", "is required")));
                }
                if ("true".equals(req.getParameter("dryRun"))) {
                    Json.write(resp, 200, transfers.planBackfill(scope, request));
                } else {
                    Caller caller = (Caller) req.getAttribute(Caller.ATTRIBUTE);
                    Json.write(resp, 201, transfers.startBackfill(scope, request, caller.user()));
                }
            } else if (path.length == 2 && ACTIONS.contains(path[1])) {
                Json.write(resp, 200, transfers.controlBackfill(scope, path[0], path[1]));
            } else {
                throw new NotFoundException("no such resource: POST " + req.getRequestURI() + " (actions: " + ACTIONS + ")");
            }
        });
    }
}
