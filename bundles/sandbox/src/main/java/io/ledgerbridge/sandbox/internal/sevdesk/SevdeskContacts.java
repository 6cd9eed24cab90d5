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
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** sevdesk's Contact resource: create, update, list (customerNumber, name, depth, category filters), lookups. */
final class SevdeskContacts {

    private static final String[] FIELDS = {
        "name",
        "surename",
        "familyname",
        "titel",
        "description",
        "academicTitle",
        "gender",
        "vatNumber",
        "taxNumber",
        "birthday",
        "buyerReference",
        "defaultTimeToPay"
    };

    private final SevdeskContext context;

    SevdeskContacts(SevdeskContext context) {
        this.context = context;
    }

    void register(Router router) {
        router.on("GET", "/Contact", this::list)
                .on("POST", "/Contact", this::create)
                .on("GET", "/Contact/{id}", this::get)
                .on("PUT", "/Contact/{id}", this::update)
                .on(
                        "GET",
                        "/Contact/Factory/getNextCustomerNumber",
                        request -> SevdeskFormat.objects(200, Json.object().textNode(nextCustomerNumber())))
                .on("GET", "/Contact/Mapper/checkCustomerNumberAvailability", this::checkAvailability);
    }

    ObjectNode find(String id) {
        return context.state.contacts.get(id);
    }

    private SimResponse create(SimRequest request) {
        ObjectNode body = Json.parseObject(request.body());
        String categoryId = refId(body, "category");
        if (categoryId == null) {
            throw ApiException.invalid(
                    400, "category", "Contact needs a category, e.g. {\"id\":3,\"objectName\":\"Category\"}");
        }
        if (Json.nonBlank(body, "name") == null
                && Json.nonBlank(body, "surename") == null
                && Json.nonBlank(body, "familyname") == null) {
            throw ApiException.badRequest("Contact needs a name (organisation) or surename/familyname (person)");
        }
        String customerNumber = Json.nonBlank(body, "customerNumber");
        ObjectNode contact = context.state.contacts.insert(id -> newContact(id, body, categoryId, customerNumber));
        context.creates.record(SevdeskContext.KIND_CUSTOMER_NUMBER, customerNumber);
        return SevdeskFormat.objects(201, contact.deepCopy());
    }

    private ObjectNode newContact(long id, ObjectNode body, String categoryId, String customerNumber) {
        String now = context.now();
        ObjectNode contact = Json.object()
                .put("id", String.valueOf(id))
                .put("objectName", "Contact")
                .put("create", now)
                .put("update", now);
        copyText(body, contact, FIELDS);
        contact.put("customerNumber", customerNumber);
        contact.put("status", Objects.requireNonNullElse(Json.nonBlank(body, "status"), "100"));
        contact.set("category", ref(categoryId, "Category"));
        String parent = refId(body, "parent");
        contact.set("parent", parent == null ? null : ref(parent, "Contact"));
        contact.put("exemptVat", Boolean.TRUE.equals(Json.bool(body, "exemptVat")) ? "1" : "0");
        contact.set("sevClient", ref(SevdeskReference.SEV_CLIENT_ID, "SevClient"));
        return contact;
    }

    private SimResponse update(SimRequest request) {
        ObjectNode contact = required(request.param("id"));
        ObjectNode body = Json.parseObject(request.body());
        for (String field : FIELDS) {
            if (body.has(field)) {
                copyText(body, contact, field);
            }
        }
        if (body.has("customerNumber")) {
            contact.put("customerNumber", Json.nonBlank(body, "customerNumber"));
        }
        contact.put("update", context.now());
        return SevdeskFormat.objects(200, contact.deepCopy());
    }

    private SimResponse get(SimRequest request) {
        return SevdeskFormat.objects(200, Json.arrayOf(List.of(required(request.param("id")))));
    }

    private SimResponse list(SimRequest request) {
        boolean withPersons = "1".equals(request.query("depth"));
        String customerNumber = request.query("customerNumber");
        String name = lower(request.query("name"));
        String category = request.query("category[id]");
        return SevdeskFormat.list(
                request,
                context.state.contacts.where(contact -> (withPersons
                                || !contact.path("name").asText("").isBlank())
                        && (customerNumber == null
                                || customerNumber.equals(
                                        contact.path("customerNumber").asText(null)))
                        && (name == null || nameMatches(contact, name))
                        && (category == null
                                || category.equals(
                                        contact.path("category").path("id").asText()))));
    }

    private SimResponse checkAvailability(SimRequest request) {
        String number = request.query("customerNumber");
        boolean taken = number != null
                && !context.state
                        .contacts
                        .where(contact ->
                                number.equals(contact.path("customerNumber").asText(null)))
                        .isEmpty();
        return SevdeskFormat.objects(200, Json.object().booleanNode(!taken));
    }

    private String nextCustomerNumber() {
        long highest = 999;
        for (ObjectNode contact : context.state.contacts.all()) {
            String number = contact.path("customerNumber").asText("");
            if (number.matches("\\d{1,18}")) {
                highest = Math.max(highest, Long.parseLong(number));
            }
        }
        return String.valueOf(highest + 1);
    }

    private ObjectNode required(String id) {
        ObjectNode contact = find(id);
        if (contact == null) {
            throw ApiException.notFound("Contact with id " + id + " not found");
        }
        return contact;
    }

    private static boolean nameMatches(ObjectNode contact, String needle) {
        for (String field : new String[] {"name", "surename", "familyname"}) {
            String value = contact.path(field).asText("");
            if (value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String value) {
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }
}
