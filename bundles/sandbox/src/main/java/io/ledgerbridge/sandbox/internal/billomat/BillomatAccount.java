package io.ledgerbridge.sandbox.internal.billomat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.internal.http.Json;
import io.ledgerbridge.sandbox.internal.state.Capacity;
import io.ledgerbridge.sandbox.internal.state.Store;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One Billomat account (a Billomat ID): its API keys, its own company, number ranges and documents. */
final class BillomatAccount {

    final String billomatId;
    final Set<String> apiKeys = new LinkedHashSet<>();
    final Capacity capacity = new Capacity();
    final Store clients = new Store(1, capacity);
    final Store invoices = new Store(1, capacity);
    final Store invoiceItems = new Store(1, capacity);
    final Store payments = new Store(1, capacity);
    final Store inboxDocuments = new Store(1, capacity);
    final Map<String, Integer> itemsPerInvoice = new java.util.HashMap<>();
    final ObjectNode myself;
    long nextClientNumber = 1;
    long nextInvoiceNumber = 1;

    BillomatAccount(String billomatId, String apiKey, String createdAt) {
        this.billomatId = billomatId;
        this.apiKeys.add(apiKey);
        this.myself = Json.object()
                .put("id", "0")
                .put("created", createdAt)
                .put("client_number", "")
                .put("name", billomatId + " GmbH (Sandbox)")
                .put("street", "Sandboxweg 1")
                .put("zip", "10115")
                .put("city", "Berlin")
                .put("country_code", "DE")
                .put("email", "owner@" + billomatId + ".test")
                .put("currency_code", "EUR")
                .put("locale", "de_DE");
    }

    Map<String, Store> collections() {
        Map<String, Store> result = new LinkedHashMap<>();
        result.put("clients", clients);
        result.put("invoices", invoices);
        result.put("invoice-items", invoiceItems);
        result.put("invoice-payments", payments);
        result.put("inbox-documents", inboxDocuments);
        return result;
    }
}
