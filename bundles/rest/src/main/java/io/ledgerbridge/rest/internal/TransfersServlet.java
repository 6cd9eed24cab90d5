package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.TenantService;
import io.ledgerbridge.model.service.TransferService;
import java.io.IOException;
import java.util.Arrays;
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
 * {@code /api/v1/transfers}: a document's transfers with their ledgers ({@code GET ?documentId=}), the status
 * columns of many documents ({@code GET /status?documentIds=a,b,c}), and retrying one ({@code POST /{id}/retry}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(ApiContext.SELECT)
@HttpWhiteboardServletName("ledgerbridge-api-transfers")
@HttpWhiteboardServletPattern("/v1/transfers/*")
public class TransfersServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    /** Most documents one status request may name. */
    static final int MAX_STATUS_DOCUMENTS = 500;

    private final transient TransferService transfers;
    private final transient TenantService tenants;

    @Activate
    public TransfersServlet(@Reference TransferService transfers, @Reference TenantService tenants) {
        this.transfers = transfers;
        this.tenants = tenants;
        route("GET", "", Set.of("documentId"), this::transfersOfDocument);
        route("GET", "status", Set.of("documentIds"), this::statusColumns);
        route(
                "POST",
                "{id}/retry",
                (req, resp, path) -> Json.write(resp, 200, transfers.retry(scope(req, tenants), path.get("id"))));
    }

    private void transfersOfDocument(HttpServletRequest req, HttpServletResponse resp, PathParameters path)
            throws IOException {
        String documentId = required(req, "documentId");
        Json.write(resp, 200, Map.of("items", transfers.transfers(scope(req, tenants), documentId)));
    }

    private void statusColumns(HttpServletRequest req, HttpServletResponse resp, PathParameters path)
            throws IOException {
        List<String> ids = Arrays.stream(required(req, "documentIds").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        if (ids.size() > MAX_STATUS_DOCUMENTS) {
            throw new Json.BadRequest(
                    400,
                    "invalid query parameters",
                    List.of(new FieldError("documentIds", "must name at most " + MAX_STATUS_DOCUMENTS + " documents")));
        }
        Json.write(resp, 200, Map.of("documents", transfers.statusColumns(scope(req, tenants), ids)));
    }

    private static String required(HttpServletRequest req, String name) {
        String v = query(req).get(name);
        if (v == null || v.isBlank()) {
            throw new Json.BadRequest(400, "invalid query parameters", List.of(new FieldError(name, "is required")));
        }
        return v;
    }
}
