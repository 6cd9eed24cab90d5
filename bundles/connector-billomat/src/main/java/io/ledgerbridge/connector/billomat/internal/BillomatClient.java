package io.ledgerbridge.connector.billomat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.connector.billomat.internal.dto.BillomatPage;
import io.ledgerbridge.connector.billomat.internal.dto.ClientDto;
import io.ledgerbridge.connector.billomat.internal.dto.InboxDocumentDto;
import io.ledgerbridge.connector.billomat.internal.dto.InvoiceDto;
import io.ledgerbridge.connector.billomat.internal.dto.ItemDto;
import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.Request;
import io.ledgerbridge.connector.kit.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain HTTP against one Billomat account, in JSON: every call authenticated, counted by the {@link QuotaGuard}
 * and failed with an explained {@link ConnectorException}. Built per call (the key is decrypted per call).
 */
final class BillomatClient {
    /** Billomat's largest page. */
    static final int MAX_PER_PAGE = 1000;

    private final HttpJson http;
    private final String base;
    private final String billomatId;
    private final Credentials credentials;
    private final QuotaGuard quota;
    private final int keepFree;

    /**
     * @param keepFree calls of each window this client leaves unused (imports leave room for exports)
     */
    BillomatClient(
            HttpJson http, String base, String billomatId, Credentials credentials, QuotaGuard quota, int keepFree) {
        this.http = http;
        this.base = base;
        this.billomatId = billomatId;
        this.credentials = credentials;
        this.quota = quota;
        this.keepFree = keepFree;
    }

    /** The key and, for a registered app, its id and secret. */
    record Credentials(String apiKey, String appId, String appSecret) {
        boolean registeredApp() {
            return appId != null && !appId.isBlank() && appSecret != null && !appSecret.isBlank();
        }
    }

    ClientDto myself() throws ConnectorException {
        return ClientDto.from(json(Request.get(base + "/clients/myself")).path("client"));
    }

    Optional<ClientDto> client(String id) throws ConnectorException {
        return byId(Request.get(base + "/clients/" + id)).map(json -> ClientDto.from(json.path("client")));
    }

    /** Clients whose e-mail contains the text (Billomat matches substrings, ignoring case). */
    List<ClientDto> clientsByEmail(String email) throws ConnectorException {
        JsonNode reply =
                json(Request.get(base + "/clients").query("email", email).query("per_page", 100));
        return BillomatPage.parse(reply, "clients", "client", ClientDto::from).items();
    }

    String createClient(ObjectNode body) throws ConnectorException {
        return required(json(Request.post(base + "/clients").json(body)).path("client"), "client");
    }

    Optional<InvoiceDto> invoice(String id) throws ConnectorException {
        return byId(Request.get(base + "/invoices/" + id)).map(json -> InvoiceDto.from(json.path("invoice")));
    }

    /**
     * One page of invoices in id order.
     *
     * @param filters Billomat's list filters, e.g. invoice_number or status
     */
    BillomatPage<InvoiceDto> invoices(Map<String, String> filters, int page, int perPage) throws ConnectorException {
        Request request = Request.get(base + "/invoices");
        filters.forEach(request::query);
        request.query("order_by", "id ASC").query("page", page).query("per_page", perPage);
        return BillomatPage.parse(json(request), "invoices", "invoice", InvoiceDto::from);
    }

    InvoiceDto createInvoice(ObjectNode body) throws ConnectorException {
        InvoiceDto created = InvoiceDto.from(
                json(Request.post(base + "/invoices").json(body)).path("invoice"));
        required(created.id(), "invoice");
        return created;
    }

    /** Completes a draft: Billomat numbers it, renders its PDF and opens it. A non-draft answers 422. */
    void completeInvoice(String id) throws ConnectorException {
        ObjectNode body = http.mapper().createObjectNode();
        body.putObject("complete");
        Response response =
                send(Request.put(base + "/invoices/" + id + "/complete").json(body));
        if (response.status() == 404) {
            throw new ConnectorException(
                    ConnectorException.Kind.NOT_FOUND,
                    "Billomat invoice " + id + " no longer exists (deleted in Billomat?)");
        }
        check(response);
    }

    List<ItemDto> invoiceItems(String invoiceId) throws ConnectorException {
        JsonNode reply = json(Request.get(base + "/invoice-items")
                .query("invoice_id", invoiceId)
                .query("per_page", MAX_PER_PAGE));
        return BillomatPage.parse(reply, "invoice-items", "invoice-item", ItemDto::from)
                .items();
    }

    /** Books a payment; only OPEN or OVERDUE invoices take one (else 422). */
    String createPayment(ObjectNode body) throws ConnectorException {
        return required(
                json(Request.post(base + "/invoice-payments").json(body)).path("invoice-payment"), "invoice-payment");
    }

    String createInboxDocument(ObjectNode body) throws ConnectorException {
        return required(
                json(Request.post(base + "/inbox-documents").json(body)).path("inbox-document"), "inbox-document");
    }

    BillomatPage<InboxDocumentDto> inboxDocuments(int page, int perPage) throws ConnectorException {
        JsonNode reply =
                json(Request.get(base + "/inbox-documents").query("page", page).query("per_page", perPage));
        return BillomatPage.parse(reply, "inbox-documents", "inbox-document", InboxDocumentDto::from);
    }

    HttpJson http() {
        return http;
    }

    private Optional<JsonNode> byId(Request request) throws ConnectorException {
        Response response = send(request);
        return response.status() == 404
                ? Optional.empty()
                : Optional.of(check(response).json());
    }

    private JsonNode json(Request request) throws ConnectorException {
        return check(send(request)).json();
    }

    private Response check(Response response) throws ConnectorException {
        if (!response.isSuccess()) {
            throw BillomatErrors.explain(response, billomatId, quota.untilReset());
        }
        return response;
    }

    private Response send(Request request) throws ConnectorException {
        request.header("X-BillomatApiKey", credentials.apiKey());
        if (credentials.registeredApp()) {
            request.header("X-AppId", credentials.appId()).header("X-AppSecret", credentials.appSecret());
        }
        quota.acquire(keepFree);
        Response response = null;
        try {
            response = http.send(request);
        } finally {
            quota.release(response == null ? Optional.empty() : response.rateLimit());
        }
        return response;
    }

    private static String required(JsonNode resource, String what) throws ConnectorException {
        String id = resource.path("id").asText("");
        return required(id.isEmpty() ? null : id, what);
    }

    private static String required(String id, String what) throws ConnectorException {
        if (id == null) {
            throw ConnectorException.builder(
                            ConnectorException.Kind.PROTOCOL,
                            "Billomat created the " + what + " but its answer has no id")
                    .uncertain(true)
                    .build();
        }
        return id;
    }
}
