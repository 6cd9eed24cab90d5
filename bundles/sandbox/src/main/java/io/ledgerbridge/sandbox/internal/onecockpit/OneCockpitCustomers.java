package io.ledgerbridge.sandbox.internal.onecockpit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import java.util.List;
import java.util.Locale;

/** ASSUMED CONTRACT - customers upserted by e-mail ({@code POST /api/v1/customers}) and looked up by e-mail. */
final class OneCockpitCustomers {

    static final String KIND_CUSTOMER_EMAIL = "customerEmail";
    private static final String[] FIELDS = {
        "company", "title", "firstName", "lastName", "street", "zip", "city", "country", "phone"
    };

    private final OneCockpitContext context;

    OneCockpitCustomers(OneCockpitContext context) {
        this.context = context;
    }

    void register(Router router) {
        router.on("POST", "/api/v1/customers", request -> {
                    ObjectNode body = Json.parseObject(request.body());
                    boolean known = context.state.customersByEmail.containsKey(email(body));
                    return SimResponse.json(known ? 200 : 201, upsert(body).deepCopy());
                })
                .on("GET", "/api/v1/customers", this::list);
    }

    /** Creates or updates the customer with this e-mail; 422 for a missing or invalid e-mail. */
    ObjectNode upsert(JsonNode input) {
        String email = email(input);
        String country = Json.nonBlank(input, "country");
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw ApiException.invalid(422, "country", "country must be an ISO 3166 alpha-2 code");
        }
        String now = context.clock.instant().toString();
        ObjectNode customer = context.state.customersByEmail.get(email);
        if (customer == null) {
            customer = context.state.customers.insert(id -> Json.object()
                    .put("id", id)
                    .put("email", email)
                    .put("customerValue", "0.00")
                    .put("createdAt", now));
            context.state.customersByEmail.put(email, customer);
            context.creates.record(KIND_CUSTOMER_EMAIL, email);
        }
        for (String field : FIELDS) {
            if (input.has(field)) {
                customer.put(field, Json.text(input, field));
            }
        }
        return customer.put("updatedAt", now);
    }

    static String email(JsonNode input) {
        return email(input, "email");
    }

    /** The lower-cased e-mail in the field; 422 when it is missing or malformed. */
    static String email(JsonNode input, String field) {
        String email = Json.nonBlank(input, field);
        if (email == null) {
            throw ApiException.invalid(422, field, field + " is required");
        }
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ApiException.invalid(422, field, field + " is not a valid e-mail address");
        }
        return email.toLowerCase(Locale.ROOT);
    }

    private SimResponse list(SimRequest request) {
        String email = request.query("email");
        List<ObjectNode> matching = context.state.customers.where(
                customer -> email == null || customer.path("email").asText().equalsIgnoreCase(email.trim()));
        return OneCockpitFormat.items(matching);
    }
}
