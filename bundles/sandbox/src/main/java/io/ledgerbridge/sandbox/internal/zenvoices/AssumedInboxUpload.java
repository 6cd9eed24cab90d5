package io.ledgerbridge.sandbox.internal.zenvoices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * externalId?, subject?, senderName?, attachments?: [{fileName, fileContent}]} (further files of the same item, e.g.
 * the e-invoice XML beside the PDF); a repeated externalId returns the existing id. Re-check against swagger.json.
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
        ObjectNode item = tenant.inbox.insert(id -> Json.object()
                .put("id", id)
                .put("administrationId", administration.path("id").asLong())
                .put("authorizationStatus", 0)
                .put("importStatus", 0)
                .putNull("destination")
                .put("externalId", externalId)
                .put("receivedTime", context.clock.instant().toString())
                .put("senderName", Json.text(body, "senderName"))
                .put("subject", Json.text(body, "subject"))
                .put("fileName", Json.text(body, "fileName"))
                .put("fileSize", size));
        item.set("attachments", attachmentsOf(body));
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
            errors.add(new ApiException.FieldError(
                    "administrationId", "Either AdministrationId or AdministrationCode is required."));
        }
        if (Json.nonBlank(body, "fileName") == null) {
            errors.add(new ApiException.FieldError("fileName", "The FileName field is required."));
        }
        int size = decodedSize("fileContent", Json.nonBlank(body, "fileContent"), errors);
        ArrayNode attachments = Json.arr(body, "attachments");
        for (int i = 0; attachments != null && i < attachments.size(); i++) {
            validateAttachment(attachments.get(i), "attachments[" + i + "]", errors);
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "Your request is not valid!", errors);
        }
        return size;
    }

    /** An additional file of the same inbox item (ASSUMED: e.g. the e-invoice XML beside the PDF). */
    private static void validateAttachment(JsonNode attachment, String member, List<ApiException.FieldError> errors) {
        if (!attachment.isObject()) {
            errors.add(new ApiException.FieldError(member, "Each attachment must be an object."));
            return;
        }
        if (Json.nonBlank(attachment, "fileName") == null) {
            errors.add(new ApiException.FieldError(member + ".fileName", "The FileName field is required."));
        }
        decodedSize(member + ".fileContent", Json.nonBlank(attachment, "fileContent"), errors);
    }

    private static ArrayNode attachmentsOf(ObjectNode body) {
        ArrayNode out = Json.array();
        ArrayNode attachments = Json.arr(body, "attachments");
        if (attachments != null) {
            attachments.forEach(a -> out.addObject()
                    .put("fileName", Json.text(a, "fileName"))
                    .put("fileSize", decode(Json.text(a, "fileContent")).length));
        }
        return out;
    }

    private static int decodedSize(String member, String content, List<ApiException.FieldError> errors) {
        if (content == null) {
            errors.add(new ApiException.FieldError(member, "The FileContent field is required."));
            return 0;
        }
        try {
            int size = decode(content).length;
            if (size == 0) {
                errors.add(new ApiException.FieldError(member, "The FileContent field must not be empty."));
            }
            return size;
        } catch (IllegalArgumentException e) {
            errors.add(new ApiException.FieldError(member, "The FileContent field is not valid base64."));
            return 0;
        }
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
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
