package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.Attachment;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.LifecycleAction;
import io.ledgerbridge.model.service.CreateResult;
import io.ledgerbridge.model.service.DocumentService;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Page;
import io.ledgerbridge.model.service.Scope;
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

/**
 * {@code /api/v1/documents}: submit (POST), read, list with filters, lifecycle actions
 * ({@code POST /{id}/finalize|approve|send|mark-paid|cancel}) and attachment contents.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(ApiContext.SELECT)
@HttpWhiteboardServletName("ledgerbridge-api-documents")
@HttpWhiteboardServletPattern("/v1/documents/*")
public class DocumentsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, LifecycleAction> ACTIONS = Map.of("finalize", LifecycleAction.FINALIZE,
            "approve", LifecycleAction.APPROVE, "send", LifecycleAction.SEND, "mark-paid", LifecycleAction.MARK_PAID,
            "cancel", LifecycleAction.CANCEL);

    private final transient DocumentService documents;
    private final transient TenantService tenants;

    @Activate
    public DocumentsServlet(@Reference DocumentService documents, @Reference TenantService tenants) {
        this.documents = documents;
        this.tenants = tenants;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        guarded(resp, () -> {
            String[] path = segments(req);
            Scope scope = scope(req, tenants);
            if (path.length == 0) {
                CreateResult result = documents.create(scope, Json.read(req, DocumentDraft.class));
                if (result.created()) {
                    resp.setHeader("Location", req.getRequestURI().replaceAll("/+$", "") + "/" + result.document().id());
                }
                Json.write(resp, result.created() ? 201 : 200, result.document());
            } else if (path.length == 2 && ACTIONS.containsKey(path[1])) {
                Json.write(resp, 200, documents.apply(scope, path[0], ACTIONS.get(path[1])));
            } else {
                throw notFound(req);
            }
        });
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        guarded(resp, () -> {
            String[] path = segments(req);
            Scope scope = scope(req, tenants);
            if (path.length == 0) {
                Page<Document> page = documents.list(scope, ListParameters.parse(req.getParameterMap()));
                Json.write(resp, 200, page);
            } else if (path.length == 1) {
                Json.write(resp, 200, documents.get(scope, path[0]).orElseThrow(() -> missing(path[0])));
            } else if (path.length == 3 && path[1].equals("attachments")) {
                writeAttachment(resp, scope, path[0], path[2]);
            } else {
                throw notFound(req);
            }
        });
    }

    private void writeAttachment(HttpServletResponse resp, Scope scope, String id, String sha256) throws IOException {
        Document doc = documents.get(scope, id).orElseThrow(() -> missing(id));
        Attachment meta = doc.attachments().stream().filter(a -> a.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new NotFoundException("document '" + id + "' has no attachment " + sha256));
        byte[] content = documents.attachmentContent(scope, id, sha256).orElseThrow(() -> missing(id));
        resp.setContentType(meta.mediaType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + meta.fileName().replace("\"", "") + "\"");
        resp.setContentLength(content.length);
        resp.getOutputStream().write(content);
    }

    private static NotFoundException missing(String id) {
        return new NotFoundException("document '" + id + "' not found");
    }

    private static NotFoundException notFound(HttpServletRequest req) {
        return new NotFoundException("no such resource: " + req.getMethod() + " " + req.getRequestURI()
                + " (lifecycle actions: " + String.join(", ", ACTIONS.keySet().stream().sorted().toList()) + ")");
    }
}
