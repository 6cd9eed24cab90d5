package io.ledgerbridge.sandbox.internal.billomat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.ApiException;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.http.Router;
import io.ledgerbridge.sandbox.internal.http.SimRequest;
import io.ledgerbridge.sandbox.internal.http.SimResponse;
import io.ledgerbridge.sandbox.internal.state.CreateCounter;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * Billomat clients: create (client_number from number_pre/number or the next free number), read, update,
 * delete (only without documents), {@code myself}, and lists with case-insensitive substring filters.
 */
final class BillomatClients {

    static final String KIND_CLIENT_NUMBER = "client_number";
    private static final String[] FIELDS = {
        "archived",
        "name",
        "street",
        "zip",
        "city",
        "state",
        "country_code",
        "first_name",
        "last_name",
        "salutation",
        "phone",
        "fax",
        "mobile",
        "email",
        "www",
        "tax_number",
        "vat_number",
        "bank_account_number",
        "bank_account_owner",
        "bank_number",
        "bank_name",
        "bank_swift",
        "bank_iban",
        "locale",
        "tax_rule",
        "net_gross",
        "note",
        "currency_code",
        "default_payment_types",
        "reduction",
        "discount_rate",
        "discount_days"
    };
    private static final String[] FILTERS = {
        "name", "client_number", "email", "first_name", "last_name", "country_code", "note"
    };

    private final Clock clock;
    private final CreateCounter creates;

    BillomatClients(Clock clock, CreateCounter creates) {
        this.clock = clock;
        this.creates = creates;
    }

    void register(Router router) {
        router.on("GET", "/clients", this::list)
                .on("POST", "/clients", this::create)
                .on(
                        "GET",
                        "/clients/myself",
                        request -> BillomatFormat.resource(request, 200, "client", account(request).myself))
                .on(
                        "GET",
                        "/clients/{id}",
                        request -> BillomatFormat.resource(request, 200, "client", required(request)))
                .on("PUT", "/clients/{id}", this::update)
                .on("DELETE", "/clients/{id}", this::delete);
    }

    private SimResponse create(SimRequest request) {
        BillomatAccount account = account(request);
        ObjectNode input = BillomatFormat.unwrap(request, "client");
        validate(input);
        Long explicitNumber = Json.integer(input, "number");
        long number = explicitNumber != null ? explicitNumber : account.nextClientNumber;
        account.nextClientNumber = Math.max(account.nextClientNumber, number + 1);
        String prefix = Objects.requireNonNullElse(Json.text(input, "number_pre"), "KD");
        int length = numberLength(input);
        String clientNumber = prefix + pad(number, length);
        String now = BillomatFormat.timestamp(clock.instant());
        ObjectNode client = account.clients.insert(id -> {
            ObjectNode node = Json.object()
                    .put("id", String.valueOf(id))
                    .put("created", now)
                    .put("updated", now);
            node.put("client_number", clientNumber)
                    .put("number", String.valueOf(number))
                    .put("number_pre", prefix)
                    .put("number_length", String.valueOf(length));
            BillomatFormat.copyStrings(input, node, FIELDS);
            if (node.path("archived").asText().isEmpty()) {
                node.put("archived", "0");
            }
            return node;
        });
        creates.record(KIND_CLIENT_NUMBER, clientNumber);
        return BillomatFormat.resource(request, 201, "client", client);
    }

    private SimResponse update(SimRequest request) {
        ObjectNode client = required(request);
        ObjectNode input = BillomatFormat.unwrap(request, "client");
        validate(input);
        for (String field : FIELDS) {
            if (input.has(field)) {
                BillomatFormat.copyStrings(input, client, field);
            }
        }
        client.put("updated", BillomatFormat.timestamp(clock.instant()));
        return BillomatFormat.resource(request, 200, "client", client);
    }

    private SimResponse delete(SimRequest request) {
        ObjectNode client = required(request);
        String id = client.path("id").asText();
        if (!account(request)
                .invoices
                .where(invoice -> id.equals(invoice.path("client_id").asText()))
                .isEmpty()) {
            throw ApiException.unprocessable("Client " + id + " has documents and cannot be deleted");
        }
        account(request).clients.remove(id);
        return SimResponse.empty(200);
    }

    private SimResponse list(SimRequest request) {
        return BillomatFormat.list(
                request, "clients", "client", account(request).clients.where(client -> {
                    for (String filter : FILTERS) {
                        String needle = request.query(filter);
                        if (needle != null
                                && !client.path(filter)
                                        .asText()
                                        .toLowerCase(Locale.ROOT)
                                        .contains(needle.toLowerCase(Locale.ROOT))) {
                            return false;
                        }
                    }
                    return true;
                }));
    }

    private static void validate(ObjectNode input) {
        String email = Json.nonBlank(input, "email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ApiException.badRequest("Invalid value for email: " + email);
        }
        String country = Json.nonBlank(input, "country_code");
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw ApiException.badRequest("Invalid value for country_code: " + country);
        }
        Long number = Json.integer(input, "number");
        if (number != null && number < 0) {
            throw ApiException.badRequest("Invalid value for number: " + number);
        }
    }

    static BillomatAccount account(SimRequest request) {
        return request.attachment(BillomatAccount.class);
    }

    private static ObjectNode required(SimRequest request) {
        ObjectNode client = account(request).clients.get(request.param("id"));
        if (client == null) {
            throw ApiException.notFound("Client " + request.param("id") + " not found");
        }
        return client;
    }

    static int numberLength(ObjectNode input) {
        Long length = Json.integer(input, "number_length");
        return length == null ? 0 : (int) Math.max(0, Math.min(20, length));
    }

    static String pad(long number, int length) {
        String digits = String.valueOf(number);
        return digits.length() >= length ? digits : "0".repeat(length - digits.length()) + digits;
    }
}
