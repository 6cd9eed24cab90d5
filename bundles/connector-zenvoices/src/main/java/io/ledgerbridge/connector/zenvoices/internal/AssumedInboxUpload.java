package io.ledgerbridge.connector.zenvoices.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.connector.kit.ConnectorException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ASSUMED CONTRACT: Zenvoices' inbox upload is not public (see the contracts' Zenvoices section). This class is the
 * one place that knows it, to be replaced once swagger.json confirms the real call:
 * {@code POST /public-api/v1/inbox {administrationId, fileName, fileContent (base64), externalId, subject,
 * senderName, attachments: [{fileName, fileContent}]}} answering {@code result.id}; and the lookup
 * {@code POST /public-api/v1/inbox/list {administrationId, externalId}}, whose items carry {@code externalId}
 * (confirmed) while the filter member is assumed: the items are compared here exactly, so a server that ignores
 * the filter is paged through instead.
 */
final class AssumedInboxUpload {
    static final String PATH = ZenvoicesClient.API + "/inbox";

    /** A file of the upload. */
    record File(String fileName, byte[] content) {}

    /**
     * One document for the inbox.
     *
     * @param administrationId the company's id
     * @param externalId the dedupe key: Ledgerbridge's document id
     * @param subject what the inbox shows, e.g. "Sales invoice RE-1001 to ACME GmbH, 2026-11-02"
     * @param senderName who sent the document (the supplier of an incoming one); may be null
     * @param main the PDF, else the e-invoice
     * @param attachments the e-invoice beside the PDF; may be empty
     */
    record Upload(
            long administrationId,
            String externalId,
            String subject,
            String senderName,
            File main,
            List<File> attachments) {}

    private final ZenvoicesClient client;

    AssumedInboxUpload(ZenvoicesClient client) {
        this.client = client;
    }

    /** Uploads the document; returns the new inbox item's id. */
    String upload(String token, Upload upload) throws ConnectorException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("administrationId", upload.administrationId());
        body.put("externalId", upload.externalId());
        body.put("subject", upload.subject());
        body.put("senderName", upload.senderName());
        body.put("fileName", upload.main().fileName());
        body.put("fileContent", Base64.getEncoder().encodeToString(upload.main().content()));
        body.put(
                "attachments",
                upload.attachments().stream()
                        .map(file -> Map.of(
                                "fileName",
                                file.fileName(),
                                "fileContent",
                                Base64.getEncoder().encodeToString(file.content())))
                        .toList());
        JsonNode id = client.post(token, PATH, body).path("id");
        if (!id.canConvertToLong()) {
            throw ConnectorException.builder(
                            ConnectorException.Kind.PROTOCOL,
                            "Zenvoices answered the upload without the inbox item's id")
                    .uncertain(true)
                    .build();
        }
        return id.asText();
    }

    /** The inbox item with this externalId in the company, if Zenvoices has one. */
    Optional<String> find(String token, long administrationId, String externalId) throws ConnectorException {
        Map<String, Object> filter = Map.of("administrationId", administrationId, "externalId", externalId);
        for (JsonNode item : client.inbox(token, filter, ZenvoicesClient.MAX_PAGES)) {
            if (externalId.equals(item.path("externalId").asText(null))
                    && item.path("administrationId").asLong(administrationId) == administrationId) {
                return Optional.of(item.path("id").asText());
            }
        }
        return Optional.empty();
    }

    /** Reads a page of the company's inbox (any company's when null): 403 without "API > Inbox access". */
    void checkAccess(String token, Long administrationId) throws ConnectorException {
        client.inbox(token, administrationId == null ? Map.of() : Map.of("administrationId", administrationId), 1);
    }
}
