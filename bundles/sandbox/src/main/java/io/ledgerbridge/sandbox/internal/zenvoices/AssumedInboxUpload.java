package io.ledgerbridge.sandbox.internal.zenvoices;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.ZenvoicesPermission;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * ASSUMED CONTRACT - the Zenvoices inbox upload is not public. Built from ABP conventions and the inbox list
 * fields: {@code POST <path>} with {administrationId | administrationCode, fileName, fileContent (base64),
 * externalId?, subject?, senderName?}; a repeated externalId returns the existing id. Re-check against swagger.json.
 */
final class AssumedInboxUpload {

    static final String DEFAULT_PATH = "/public-api/v1/inbox";

    private final ZenvoicesContext context;
    private final String path;

    AssumedInboxUpload(ZenvoicesContext context, String path) {
        this.context = context;
        this.path = path;
    }

    void register(Router router) {
        router.on("POST", path, this::upload);
    }

    private SimResponse upload(SimRequest request) {
        ZenvoicesTenant tenant = context.authorize(request, ZenvoicesPermission.INBOX);
        ObjectNode body = Json.parseObject(request.body());
        int size = validate(body);
        ObjectNode administration = administration(tenant, body);
        String externalId = Json.nonBlank(body, "externalId");
        String dedupeKey = administration.path("id").asText() + "/" + externalId;
        ObjectNode existing = externalId == null ? null : tenant.inboxByExternalId.get(dedupeKey);
        if (existing != null) {
            return Abp.success(Json.object().put("id", existing.path("id").asLong()));
        }
        ObjectNode item = tenant.inbox.insert(id -> Json.object().put("id", id)
                .put("administrationId", administration.path("id").asLong()).put("authorizationStatus", 0)
                .put("importStatus", 0).putNull("destination").put("externalId", externalId)
                .put("receivedTime", context.clock.instant().toString())
                .put("senderName", Json.text(body, "senderName")).put("subject", Json.text(body, "subject"))
                .put("fileName", Json.text(body, "fileName")).put("fileSize", size));
        if (externalId != null) {
            tenant.inboxByExternalId.put(dedupeKey, item);
            context.creates.record(ZenvoicesContext.KIND_EXTERNAL_ID, externalId);
        }
        return Abp.success(Json.object().put("id", item.path("id").asLong()));
    }

    /** Checks the fields; returns the decoded file size. All problems are reported together, as ABP does. */
    private static int validate(ObjectNode body) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        if (Json.nonBlank(body, "administrationId") == null && Json.nonBlank(body, "administrationCode") == null) {
            errors.add(new ApiException.FieldError("administrationId",
                    "Either AdministrationId or AdministrationCode is required."));
        }
        if (Json.nonBlank(body, "fileName") == null) {
            errors.add(new ApiException.FieldError("fileName", "The FileName field is required."));
        }
        int size = decodedSize(Json.nonBlank(body, "fileContent"), errors);
        if (!errors.isEmpty()) {
            throw new ApiException(400, "Your request is not valid!", errors);
        }
        return size;
    }

    private static int decodedSize(String content, List<ApiException.FieldError> errors) {
        if (content == null) {
            errors.add(new ApiException.FieldError("fileContent", "The FileContent field is required."));
            return 0;
        }
        try {
            int size = Base64.getDecoder().decode(content.replaceAll("\\s", "")).length;
            if (size == 0) {
                errors.add(new ApiException.FieldError("fileContent", "The FileContent field must not be empty."));
            }
            return size;
        } catch (IllegalArgumentException e) {
            errors.add(new ApiException.FieldError("fileContent", "The FileContent field is not valid base64."));
            return 0;
        }
    }

    private static ObjectNode administration(ZenvoicesTenant tenant, ObjectNode body) {
        String id = Json.nonBlank(body, "administrationId");
        if (id != null) {
            Json.integer(body, "administrationId"); // 400 unless numeric
            ObjectNode byId = tenant.administrations.get(id);
            if (byId == null) {
                throw ZenvoicesAdministrations.notFound("Administration", id);
            }
            return byId;
        }
        String code = Json.nonBlank(body, "administrationCode");
        ObjectNode byCode = tenant.administrationByCode(code);
        if (byCode == null) {
            throw ZenvoicesAdministrations.notFound("Administration", code);
        }
        return byCode;
    }
}
