package io.ledgerbridge.sandbox.internal.sevdesk;

import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.copyText;
import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.ref;
import static io.ledgerbridge.sandbox.internal.sevdesk.SevdeskFormat.refId;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import io.ledgerbridge.sandbox.internal.state.Store;
import java.util.List;
import java.util.Locale;

/** sevdesk's ContactAddress and CommunicationWay resources, which hang off a Contact. */
final class SevdeskContactDetails {

    private final SevdeskContext context;

    SevdeskContactDetails(SevdeskContext context) {
        this.context = context;
    }

    void register(Router router) {
        router.on("POST", "/ContactAddress", this::createAddress)
                .on(
                        "GET",
                        "/ContactAddress",
                        request -> SevdeskFormat.list(request, byContact(context.state.addresses, request)))
                .on(
                        "GET",
                        "/ContactAddress/{id}",
                        request -> getOne(context.state.addresses, request, "ContactAddress"))
                .on("POST", "/CommunicationWay", this::createCommunicationWay)
                .on("GET", "/CommunicationWay", this::listCommunicationWays)
                .on(
                        "GET",
                        "/CommunicationWay/{id}",
                        request -> getOne(context.state.communicationWays, request, "CommunicationWay"));
    }

    private SimResponse createAddress(SimRequest request) {
        ObjectNode body = Json.parseObject(request.body());
        String contactId = existingContact(body, true);
        String countryId = refId(body, "country");
        if (countryId == null || !SevdeskReference.isCountry(countryId)) {
            throw ApiException.invalid(400, "country", "Unknown or missing country (see GET /StaticCountry)");
        }
        String categoryId = refId(body, "category");
        if (categoryId == null) {
            throw ApiException.invalid(400, "category", "ContactAddress needs a category");
        }
        ObjectNode address = context.state.addresses.insert(id -> {
            ObjectNode node = created(id, "ContactAddress");
            node.set("contact", ref(contactId, "Contact"));
            copyText(body, node, "street", "zip", "city", "name", "name2", "name3", "name4");
            node.set("country", ref(countryId, "StaticCountry"));
            node.set("category", ref(categoryId, "Category"));
            return node;
        });
        return SevdeskFormat.objects(201, address.deepCopy());
    }

    private SimResponse createCommunicationWay(SimRequest request) {
        ObjectNode body = Json.parseObject(request.body());
        String contactId = existingContact(body, false);
        String type = Json.nonBlank(body, "type");
        if (type == null || !SevdeskReference.COMMUNICATION_TYPES.contains(type.toUpperCase(Locale.ROOT))) {
            throw ApiException.invalid(400, "type", "type must be one of EMAIL, PHONE, WEB, MOBILE, FAX");
        }
        String value = Json.nonBlank(body, "value");
        if (value == null) {
            throw ApiException.invalid(400, "value", "value is required");
        }
        String keyId = refId(body, "key");
        if (!SevdeskReference.isCommunicationWayKey(keyId)) {
            throw ApiException.invalid(400, "key", "key must reference a CommunicationWayKey (1-8)");
        }
        boolean main = Boolean.TRUE.equals(Json.bool(body, "main"));
        ObjectNode way = context.state.communicationWays.insert(id -> {
            ObjectNode node = created(id, "CommunicationWay");
            node.set("contact", contactId == null ? null : ref(contactId, "Contact"));
            node.put("type", type.toUpperCase(Locale.ROOT)).put("value", value);
            node.set("key", ref(keyId, "CommunicationWayKey"));
            return node.put("main", main ? "1" : "0");
        });
        return SevdeskFormat.objects(201, way.deepCopy());
    }

    private SimResponse listCommunicationWays(SimRequest request) {
        String type = request.query("type");
        String main = request.query("main");
        List<ObjectNode> matching = byContact(context.state.communicationWays, request);
        matching.removeIf(
                way -> type != null && !type.equalsIgnoreCase(way.path("type").asText())
                        || main != null && !main.equals(way.path("main").asText()));
        return SevdeskFormat.list(request, matching);
    }

    private List<ObjectNode> byContact(Store store, SimRequest request) {
        String contactId = request.query("contact[id]");
        return store.where(row -> contactId == null
                || contactId.equals(row.path("contact").path("id").asText()));
    }

    private SimResponse getOne(Store store, SimRequest request, String objectName) {
        ObjectNode row = store.get(request.param("id"));
        if (row == null) {
            throw ApiException.notFound(objectName + " with id " + request.param("id") + " not found");
        }
        return SevdeskFormat.objects(200, Json.arrayOf(List.of(row)));
    }

    /** The referenced contact id; 400 when it is required and missing, or given but unknown. */
    private String existingContact(ObjectNode body, boolean required) {
        String contactId = refId(body, "contact");
        if (contactId == null && !required) {
            return null;
        }
        if (contactId == null || context.state.contacts.get(contactId) == null) {
            throw ApiException.invalid(400, "contact", "Unknown or missing contact: " + contactId);
        }
        return contactId;
    }

    private ObjectNode created(long id, String objectName) {
        String now = context.now();
        ObjectNode node = Json.object()
                .put("id", String.valueOf(id))
                .put("objectName", objectName)
                .put("create", now)
                .put("update", now);
        node.set("sevClient", ref(SevdeskReference.SEV_CLIENT_ID, "SevClient"));
        return node;
    }
}
