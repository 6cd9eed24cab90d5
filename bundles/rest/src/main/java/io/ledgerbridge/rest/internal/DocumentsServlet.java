package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.Attachment;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.LifecycleAction;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.service.CreateResult;
import io.ledgerbridge.model.service.DocumentService;
import io.ledgerbridge.model.service.NotFoundException;
import io.ledgerbridge.model.service.Scope;
import io.ledgerbridge.model.service.TenantService;
import java.io.IOException;
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
 * ({@code POST /{id}/finalize|approve|send|mark-paid|cancel}), correcting the customer's or supplier's contact data
 * ({@code PUT /{id}/party}) and attachment contents.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(ApiContext.SELECT)
@HttpWhiteboardServletName("ledgerbridge-api-documents")
@HttpWhiteboardServletPattern("/v1/documents/*")
public class DocumentsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;

    private final transient DocumentService documents;
    private final transient TenantService tenants;

    @Activate
    public DocumentsServlet(@Reference DocumentService documents, @Reference TenantService tenants) {
        this.documents = documents;
        this.tenants = tenants;
        route("POST", "", this::create);
        route(
                "PUT",
                "{id}/party",
                (req, resp, path) -> Json.write(
                        resp,
                        200,
                        documents.updateParty(scope(req, tenants), path.get("id"), Json.read(req, Party.class))));
        lifecycle("finalize", LifecycleAction.FINALIZE);
        lifecycle("approve", LifecycleAction.APPROVE);
        lifecycle("send", LifecycleAction.SEND);
        lifecycle("mark-paid", LifecycleAction.MARK_PAID);
        lifecycle("cancel", LifecycleAction.CANCEL);
        route(
                "GET",
                "",
                ListParameters.KNOWN,
                (req, resp, path) -> Json.write(
                        resp,
                        200,
                        documents.list(
                                scope(req, tenants),
                                ListParameters.parse(query(req).asMap()))));
        route(
                "GET",
                "{id}",
                (req, resp, path) -> Json.write(
                        resp,
                        200,
                        documents.get(scope(req, tenants), path.get("id")).orElseThrow(() -> missing(path.get("id")))));
        route(
                "GET",
                "{id}/attachments/{sha256}",
                (req, resp, path) -> writeAttachment(resp, scope(req, tenants), path.get("id"), path.get("sha256")));
    }

    /** Routes {@code POST /{id}/<name>} to the lifecycle action. */
    private void lifecycle(String name, LifecycleAction action) {
        route(
                "POST",
                "{id}/" + name,
                (req, resp, path) ->
                        Json.write(resp, 200, documents.apply(scope(req, tenants), path.get("id"), action)));
    }

    private void create(HttpServletRequest req, HttpServletResponse resp, PathParameters path) throws IOException {
        CreateResult result = documents.create(scope(req, tenants), Json.read(req, DocumentDraft.class));
        if (result.created()) {
            resp.setHeader(
                    "Location",
                    req.getRequestURI().replaceAll("/+$", "") + "/"
                            + result.document().id());
        }
        Json.write(resp, result.created() ? 201 : 200, result.document());
    }

    private void writeAttachment(HttpServletResponse resp, Scope scope, String id, String sha256) throws IOException {
        Document doc = documents.get(scope, id).orElseThrow(() -> missing(id));
        Attachment meta = doc.attachments().stream()
                .filter(a -> a.sha256().equals(sha256))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("document '" + id + "' has no attachment " + sha256));
        byte[] content = documents.attachmentContent(scope, id, sha256).orElseThrow(() -> missing(id));
        resp.setContentType(meta.mediaType());
        resp.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + meta.fileName().replace("\"", "") + "\"");
        resp.setContentLength(content.length);
        resp.getOutputStream().write(content);
    }

    private static NotFoundException missing(String id) {
        return new NotFoundException("document '" + id + "' not found");
    }
}
