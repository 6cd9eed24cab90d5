package io.ledgerbridge.connector.sevdesk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.Request;
import io.ledgerbridge.connector.kit.Response;
import io.ledgerbridge.connector.sevdesk.internal.dto.Address;
import io.ledgerbridge.connector.sevdesk.internal.dto.AddressSave;
import io.ledgerbridge.connector.sevdesk.internal.dto.BookAmount;
import io.ledgerbridge.connector.sevdesk.internal.dto.CheckAccount;
import io.ledgerbridge.connector.sevdesk.internal.dto.CommunicationWay;
import io.ledgerbridge.connector.sevdesk.internal.dto.CommunicationWaySave;
import io.ledgerbridge.connector.sevdesk.internal.dto.Contact;
import io.ledgerbridge.connector.sevdesk.internal.dto.ContactSave;
import io.ledgerbridge.connector.sevdesk.internal.dto.Invoice;
import io.ledgerbridge.connector.sevdesk.internal.dto.InvoiceSave;
import io.ledgerbridge.connector.sevdesk.internal.dto.SendBy;
import io.ledgerbridge.connector.sevdesk.internal.dto.StaticCountry;
import io.ledgerbridge.connector.sevdesk.internal.dto.Voucher;
import io.ledgerbridge.connector.sevdesk.internal.dto.VoucherSave;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plain HTTP against the sevdesk API v1: one method per call, the raw token in {@code Authorization}, replies
 * unwrapped from sevdesk's {@code objects} envelope. Throws the kit's {@link ConnectorException} for every failure.
 */
final class SevdeskClient {
    /** sevdesk's largest page. */
    static final int PAGE = 1000;
    /** Pages of e-mail addresses read at most when looking a customer up. */
    private static final int MAX_PAGES = 1000;

    private final HttpJson http;
    private final String base;
    private final String token;
    private final int pageSize;

    SevdeskClient(HttpJson http, String baseUrl, String token) {
        this(http, baseUrl, token, PAGE);
    }

    /** @param pageSize entries per page when paging through a list (tests page with small sizes) */
    SevdeskClient(HttpJson http, String baseUrl, String token, int pageSize) {
        this.http = http;
        this.base = baseUrl;
        this.token = token.strip();
        this.pageSize = pageSize;
    }

    /** "1.0" or "2.0": decides between taxType and taxRule. */
    String bookkeepingSystemVersion() throws ConnectorException {
        return objects(get("/Tools/bookkeepingSystemVersion")).path("version").asText("");
    }

    /** The first sevdesk user: every invoice names one as its contact person. */
    Optional<String> firstUserId() throws ConnectorException {
        JsonNode users = objects(get("/SevUser").query("limit", 1));
        return users.isArray() && !users.isEmpty()
                ? Optional.of(users.get(0).path("id").asText())
                : Optional.empty();
    }

    List<CheckAccount> checkAccounts() throws ConnectorException {
        return list(get("/CheckAccount").query("limit", PAGE), CheckAccount.class);
    }

    List<StaticCountry> countries() throws ConnectorException {
        return list(get("/StaticCountry").query("limit", PAGE), StaticCountry.class);
    }

    /** A contact by id; empty when sevdesk no longer has it. */
    Optional<Contact> contact(String id) throws ConnectorException {
        Response r = http.send(get("/Contact/" + id));
        if (r.status() == 404) {
            return Optional.empty();
        }
        List<Contact> found = convertList(unwrap(r.requireSuccess()), Contact.class);
        return found.stream().findFirst();
    }

    /** Contacts (organisations and persons) with this customer number; sevdesk compares exactly. */
    List<Contact> contactsByCustomerNumber(String customerNumber) throws ConnectorException {
        return list(get("/Contact").query("customerNumber", customerNumber).query("depth", 1), Contact.class);
    }

    /** Contacts whose name contains the text (sevdesk compares loosely: compare the result exactly). */
    List<Contact> contactsByName(String name) throws ConnectorException {
        return list(get("/Contact").query("name", name).query("depth", 1), Contact.class);
    }

    /**
     * The contact that has this e-mail address. sevdesk has no e-mail filter on contacts, so this pages through
     * the e-mail addresses and compares each whole address, ignoring case.
     */
    Optional<String> contactIdByEmail(String email) throws ConnectorException {
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        for (int page = 0; page < MAX_PAGES; page++) {
            List<CommunicationWay> ways = list(
                    get("/CommunicationWay")
                            .query("type", "EMAIL")
                            .query("limit", pageSize)
                            .query("offset", page * pageSize),
                    CommunicationWay.class);
            for (CommunicationWay way : ways) {
                if (way.value() != null
                        && way.contact() != null
                        && wanted.equals(way.value().strip().toLowerCase(Locale.ROOT))) {
                    return Optional.of(way.contact().id());
                }
            }
            if (ways.size() < pageSize) {
                break;
            }
        }
        return Optional.empty();
    }

    String createContact(ContactSave contact) throws ConnectorException {
        return objects(post("/Contact", contact)).path("id").asText();
    }

    void updateContact(String id, ContactSave changes) throws ConnectorException {
        put("/Contact/" + id, changes);
    }

    List<Address> addresses(String contactId) throws ConnectorException {
        return list(ofContact(get("/ContactAddress"), contactId), Address.class);
    }

    void createAddress(AddressSave address) throws ConnectorException {
        objects(post("/ContactAddress", address));
    }

    List<CommunicationWay> communicationWays(String contactId, String type) throws ConnectorException {
        return list(ofContact(get("/CommunicationWay"), contactId).query("type", type), CommunicationWay.class);
    }

    void createCommunicationWay(CommunicationWaySave way) throws ConnectorException {
        objects(post("/CommunicationWay", way));
    }

    /** Invoices with exactly this number (sevdesk accepts duplicate numbers, so there may be several). */
    List<Invoice> invoicesByNumber(String number) throws ConnectorException {
        List<Invoice> found = new ArrayList<>(
                list(get("/Invoice").query("invoiceNumber", number).query("limit", PAGE), Invoice.class));
        found.removeIf(invoice -> !number.equals(invoice.invoiceNumber()));
        return found;
    }

    /** An invoice by id; empty when sevdesk no longer has it. */
    Optional<Invoice> invoice(String id) throws ConnectorException {
        Response r = http.send(get("/Invoice/" + id));
        if (r.status() == 404) {
            return Optional.empty();
        }
        return convertList(unwrap(r.requireSuccess()), Invoice.class).stream().findFirst();
    }

    Invoice saveInvoice(InvoiceSave invoice) throws ConnectorException {
        JsonNode saved = objects(post("/Invoice/Factory/saveInvoice", invoice)).path("invoice");
        if (!saved.hasNonNull("id")) {
            throw unexpected("a saved invoice without an id", null);
        }
        return convert(saved, Invoice.class);
    }

    void sendBy(String invoiceId, SendBy how) throws ConnectorException {
        put("/Invoice/" + invoiceId + "/sendBy", how);
    }

    void bookAmount(String invoiceId, BookAmount payment) throws ConnectorException {
        put("/Invoice/" + invoiceId + "/bookAmount", payment);
    }

    /** Uploads a receipt's file; returns the name saveVoucher refers to. */
    String uploadTempFile(String fileName, String mediaType, byte[] content) throws ConnectorException {
        Request upload = Request.post(base + "/Voucher/Factory/uploadTempFile")
                .header("Authorization", token)
                .filePart("file", fileName, mediaType, content);
        String name = objects(upload).path("filename").asText("");
        if (name.isEmpty()) {
            throw unexpected("an upload without a file name", null);
        }
        return name;
    }

    Voucher saveVoucher(VoucherSave voucher) throws ConnectorException {
        JsonNode saved = objects(post("/Voucher/Factory/saveVoucher", voucher)).path("voucher");
        if (!saved.hasNonNull("id")) {
            throw unexpected("a saved voucher without an id", null);
        }
        return convert(saved, Voucher.class);
    }

    /** Vouchers with exactly this description (the receipt number). */
    List<Voucher> vouchersByDescription(String description) throws ConnectorException {
        List<Voucher> found = new ArrayList<>(list(
                get("/Voucher")
                        .query("descriptionLike", description)
                        .query("creditDebit", "C")
                        .query("limit", PAGE),
                Voucher.class));
        found.removeIf(voucher -> !description.equals(voucher.description()));
        return found;
    }

    private Request get(String path) {
        return Request.get(base + path).header("Authorization", token);
    }

    private void put(String path, Object body) throws ConnectorException {
        http.send(Request.put(base + path).header("Authorization", token).json(body))
                .requireSuccess();
    }

    private Request post(String path, Object body) {
        return Request.post(base + path).header("Authorization", token).json(body);
    }

    /** sevdesk filters by a reference only with both its id and its object name. */
    private static Request ofContact(Request request, String contactId) {
        return request.query("contact[id]", contactId).query("contact[objectName]", "Contact");
    }

    private JsonNode objects(Request request) throws ConnectorException {
        return unwrap(http.send(request).requireSuccess());
    }

    private <T> List<T> list(Request request, Class<T> type) throws ConnectorException {
        return convertList(objects(request), type);
    }

    private static JsonNode unwrap(Response response) throws ConnectorException {
        JsonNode objects = response.json().get("objects");
        if (objects == null || objects.isNull()) {
            throw unexpected("a reply without 'objects'", null);
        }
        return objects;
    }

    private <T> List<T> convertList(JsonNode node, Class<T> type) throws ConnectorException {
        List<T> out = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode element : node) {
                out.add(convert(element, type));
            }
        } else {
            out.add(convert(node, type));
        }
        return out;
    }

    private <T> T convert(JsonNode node, Class<T> type) throws ConnectorException {
        try {
            return http.mapper().treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unexpected("a " + type.getSimpleName() + " it cannot read", e);
        }
    }

    /** A 2xx reply the connector cannot read: the call may well have taken effect. */
    private static ConnectorException unexpected(String what, Exception cause) {
        return ConnectorException.builder(ConnectorException.Kind.PROTOCOL, "sevdesk answered " + what)
                .uncertain(true)
                .cause(cause)
                .build();
    }
}
