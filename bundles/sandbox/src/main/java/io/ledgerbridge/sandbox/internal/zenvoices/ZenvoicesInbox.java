package io.ledgerbridge.sandbox.internal.zenvoices;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.ZenvoicesPermission;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import java.util.List;

/**
 * The inbox reads from the public catalogue: {@code POST inbox/list} (paged, filtered by {@code administrationId}
 * and, ASSUMED like the upload, by {@code externalId}) and {@code GET inbox/details?id=}.
 */
final class ZenvoicesInbox {

    private final ZenvoicesContext context;

    ZenvoicesInbox(ZenvoicesContext context) {
        this.context = context;
    }

    void register(Router router) {
        router.on("POST", "/public-api/v1/inbox/list", request -> {
                    ZenvoicesTenant tenant = context.authorize(request, ZenvoicesPermission.INBOX);
                    PagedInput input = PagedInput.read(request);
                    Long administrationId = Json.integer(input.body(), "administrationId");
                    String externalId = Json.nonBlank(input.body(), "externalId"); // ASSUMED filter, exact match
                    List<ObjectNode> items = tenant.inbox.where(item -> (administrationId == null
                                    || item.path("administrationId").asLong() == administrationId)
                            && (externalId == null
                                    || externalId.equals(item.path("externalId").asText(null))));
                    return Abp.success(input.result(items));
                })
                .on("GET", "/public-api/v1/inbox/details", request -> {
                    ZenvoicesTenant tenant = context.authorize(request, ZenvoicesPermission.INBOX);
                    String id = request.query("id");
                    if (id == null || !id.matches("\\d{1,18}")) {
                        throw Abp.invalid("id", "The Id field is required and must be a number.");
                    }
                    ObjectNode item = tenant.inbox.get(id);
                    if (item == null) {
                        throw ZenvoicesAdministrations.notFound("InboxItem", id);
                    }
                    return Abp.success(item.deepCopy());
                });
    }
}
