package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Billomat clients, invoices, items, payments and inbox documents. */
class BillomatDocumentsTest {

    private static BillomatSimulator billomat;

    @BeforeAll
    static void start() {
        billomat = BillomatSimulator.start(0);
    }

    @AfterAll
    static void stop() {
        billomat.close();
    }

    @BeforeEach
    void reset() {
        billomat.control().reset();
    }

    private Http api() {
        return Http.to(billomat.baseUrl())
                .header("X-BillomatApiKey", BillomatSimulator.SANDBOX_API_KEY)
                .header("Accept", "application/json");
    }

    private String createClient(String name, String email) {
        Http.Reply reply = api().post(
                        "/clients",
                        "{\"client\":{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"country_code\":\"DE\"}}");
        assertEquals(201, reply.status(), reply.text());
        return reply.at("/client/id").asText();
    }

    private String createInvoice(String clientId, String numberFields) {
        Http.Reply reply = api().post(
                        "/invoices",
                        "{\"invoice\":{\"client_id\":" + clientId + numberFields
                                + ",\"date\":\"2099-03-01\",\"invoice-items\":{\"invoice-item\":[{\"quantity\":2,\"unit_price\":50,"
                                + "\"tax_rate\":19,\"title\":\"Consulting\"},{\"quantity\":1,\"unit_price\":10,\"tax_rate\":19}]}}}");
        assertEquals(201, reply.status(), reply.text());
        return reply.at("/invoice/id").asText();
    }

    @Test
    void clientsGetNumbersAndSubstringFiltersWithTheListQuirks() {
        createClient("ACME GmbH", "billing@acme.test");
        createClient("Beta AG", "info@beta.test");
        Http.Reply all = api().get("/clients");
        assertTrue(all.at("/clients/client").isArray());
        assertEquals("2", all.at("/clients/@total").asText());
        assertEquals("1", all.at("/clients/@page").asText());
        assertEquals("100", all.at("/clients/@per_page").asText());
        assertEquals("KD1", all.at("/clients/client/0/client_number").asText());
        Http.Reply one = api().get("/clients?name=acme");
        assertTrue(one.at("/clients/client").isObject());
        assertEquals("ACME GmbH", one.at("/clients/client/name").asText());
        assertEquals(
                "ACME GmbH",
                api().get("/clients?email=BILLING@").at("/clients/client/name").asText());
        assertEquals(
                "Beta AG",
                api().get("/clients?client_number=KD2")
                        .at("/clients/client/name")
                        .asText());
        assertEquals("", api().get("/clients?name=zeta").at("/clients/client").asText());
        assertEquals("0", api().get("/clients?name=zeta").at("/clients/@total").asText());
        assertEquals(
                "Beta AG",
                api().get("/clients?per_page=1&page=2")
                        .at("/clients/client/name")
                        .asText());
        assertEquals(1, billomat.control().createCount(BillomatSimulator.CLIENT_NUMBER, "KD1"));
    }

    @Test
    void clientValidationReadUpdateAndDelete() {
        assertEquals(
                400,
                api().post("/clients", "{\"client\":{\"email\":\"not-an-email\"}}")
                        .status());
        assertEquals(400, api().post("/clients", "{\"name\":\"unwrapped\"}").status());
        Http.Reply malformed = api().post("/clients", "{\"client\":");
        assertEquals(400, malformed.status());
        assertTrue(malformed.at("/errors/error").asText().startsWith("Malformed JSON"));
        assertEquals(
                400, api().post("/clients", "{\"client\":{\"number\":\"abc\"}}").status());
        Http.Reply numbered = api().post(
                        "/clients",
                        "{\"client\":{\"name\":\"N\",\"number_pre\":\"C-\"," + "\"number\":7,\"number_length\":4}}");
        assertEquals("C-0007", numbered.at("/client/client_number").asText());
        String id = numbered.at("/client/id").asText();
        assertEquals(
                "X",
                api().put("/clients/" + id, "{\"client\":{\"name\":\"X\"}}")
                        .at("/client/name")
                        .asText());
        assertEquals(404, api().get("/clients/4711").status());
        assertEquals(200, api().delete("/clients/" + id).status());
        assertEquals(404, api().get("/clients/" + id).status());
    }

    @Test
    void invoicesAreDraftsUntilCompleteAssignsTheNumberOnce() {
        String client = createClient("ACME GmbH", "a@acme.test");
        String id = createInvoice(client, "");
        Http.Reply draft = api().get("/invoices/" + id);
        assertEquals("DRAFT", draft.at("/invoice/status").asText());
        assertEquals("", draft.at("/invoice/invoice_number").asText());
        assertEquals("130.90", draft.at("/invoice/total_gross").asText());
        assertEquals("110.00", draft.at("/invoice/total_net").asText());
        Http.Reply completed = api().put("/invoices/" + id + "/complete", "{\"complete\":{}}");
        assertEquals(200, completed.status());
        assertEquals("", completed.text());
        Http.Reply open = api().get("/invoices/" + id);
        assertEquals("OPEN", open.at("/invoice/status").asText());
        assertEquals("RE1", open.at("/invoice/invoice_number").asText());
        Http.Reply again = api().put("/invoices/" + id + "/complete", "");
        assertEquals(422, again.status());
        assertTrue(again.at("/errors/error").isTextual());
        assertEquals(
                400,
                api().put("/invoices/" + createInvoice(client, "") + "/complete", "{bad")
                        .status());
    }

    @Test
    void completeRespectsTheSentNumberAndCountsIntendedNumbers() {
        String client = createClient("ACME GmbH", "a@acme.test");
        String id = createInvoice(client, ",\"number_pre\":\"SRC-\",\"number\":42,\"number_length\":5");
        createInvoice(client, ",\"number_pre\":\"SRC-\",\"number\":42,\"number_length\":5");
        api().put("/invoices/" + id + "/complete", "{}");
        assertEquals(
                "SRC-00042",
                api().get("/invoices/" + id).at("/invoice/invoice_number").asText());
        assertEquals(
                Map.of(BillomatSimulator.INVOICE_NUMBER, Map.of("SRC-00042", 2)),
                billomat.control().duplicates());
        Http.Reply found = api().get("/invoices?invoice_number=src-0004");
        assertEquals(id, found.at("/invoices/invoice/id").asText());
    }

    @Test
    void invoiceValidationAndListFilters() {
        assertEquals(
                400,
                api().post("/invoices", "{\"invoice\":{\"client_id\":999}}").status());
        assertEquals(400, api().post("/invoices", "{\"invoice\":{}}").status());
        String client = createClient("ACME GmbH", "a@acme.test");
        assertEquals(
                400,
                api().post("/invoices", "{\"invoice\":{\"client_id\":" + client + ",\"date\":\"1.3.2025\"}}")
                        .status());
        assertEquals(
                400,
                api().post(
                                "/invoices",
                                "{\"invoice\":{\"client_id\":" + client
                                        + ",\"invoice-items\":{\"invoice-item\":{\"quantity\":\"x\"}}}}")
                        .status());
        String first = createInvoice(client, "");
        createInvoice(client, "");
        api().put("/invoices/" + first + "/complete", "");
        assertEquals(
                first,
                api().get("/invoices?status=OPEN").at("/invoices/invoice/id").asText());
        assertEquals(
                "2",
                api().get("/invoices?status=OPEN,DRAFT").at("/invoices/@total").asText());
        assertEquals(
                "2",
                api().get("/invoices?from=2099-03-01&to=2099-03-01")
                        .at("/invoices/@total")
                        .asText());
        assertEquals(
                "0",
                api().get("/invoices?from=2099-03-02").at("/invoices/@total").asText());
        assertEquals(400, api().get("/invoices?status=LOST").status());
        assertEquals(400, api().get("/invoices?from=yesterday").status());
        assertEquals(422, api().delete("/invoices/" + first).status());
        assertEquals(404, api().get("/invoices/31337").status());
    }

    @Test
    void itemsCanBeAppendedOnlyToDrafts() {
        String client = createClient("ACME GmbH", "a@acme.test");
        String id = createInvoice(client, "");
        Http.Reply item = api().post(
                        "/invoice-items",
                        "{\"invoice-item\":{\"invoice_id\":" + id
                                + ",\"quantity\":1,\"unit_price\":100,\"tax_rate\":7}}");
        assertEquals(201, item.status(), item.text());
        assertEquals("3", item.at("/invoice-item/position").asText());
        assertEquals(
                "237.90",
                api().get("/invoices/" + id).at("/invoice/total_gross").asText());
        assertEquals(
                "3",
                api().get("/invoice-items?invoice_id=" + id)
                        .at("/invoice-items/@total")
                        .asText());
        assertEquals(
                400,
                api().post("/invoice-items", "{\"invoice-item\":{\"invoice_id\":999}}")
                        .status());
        api().put("/invoices/" + id + "/complete", "");
        assertEquals(
                422,
                api().post("/invoice-items", "{\"invoice-item\":{\"invoice_id\":" + id + "}}")
                        .status());
    }

    @Test
    void paymentsOnlyForOpenInvoicesAndMarkAsPaid() {
        String client = createClient("ACME GmbH", "a@acme.test");
        String id = createInvoice(client, "");
        String payment = "{\"invoice-payment\":{\"invoice_id\":" + id + ",\"amount\":%s,\"type\":\"BANK_TRANSFER\""
                + ",\"mark_invoice_as_paid\":%s}}";
        assertEquals(
                422,
                api().post("/invoice-payments", String.format(payment, "10", "0"))
                        .status());
        api().put("/invoices/" + id + "/complete", "");
        Http.Reply partial = api().post("/invoice-payments", String.format(payment, "10", "0"));
        assertEquals(201, partial.status(), partial.text());
        assertEquals("10.00", partial.at("/invoice-payment/amount").asText());
        assertEquals("OPEN", api().get("/invoices/" + id).at("/invoice/status").asText());
        assertEquals(
                201,
                api().post("/invoice-payments", String.format(payment, "5", "1"))
                        .status());
        assertEquals("PAID", api().get("/invoices/" + id).at("/invoice/status").asText());
        assertEquals(
                422,
                api().post("/invoice-payments", String.format(payment, "5", "0"))
                        .status());
        assertEquals(
                400,
                api().post("/invoice-payments", "{\"invoice-payment\":{\"invoice_id\":" + id + "}}")
                        .status());
        assertEquals(
                400,
                api().post(
                                "/invoice-payments",
                                "{\"invoice-payment\":{\"invoice_id\":" + id + ",\"amount\":1,\"type\":\"GOLD\"}}")
                        .status());
        assertEquals(
                "2",
                api().get("/invoice-payments?invoice_id=" + id)
                        .at("/invoice-payments/@total")
                        .asText());
        assertEquals(
                422,
                api().put("/invoices/" + createInvoice(client, "") + "/cancel", "")
                        .status());
        assertEquals(200, api().put("/invoices/" + id + "/cancel", "").status());
        assertEquals(
                "CANCELED", api().get("/invoices/" + id).at("/invoice/status").asText());
    }

    @Test
    void inboxDocumentsCheckBase64AndKeepMetadata() {
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 receipt".getBytes());
        Http.Reply created = api().post(
                        "/inbox-documents",
                        "{\"inbox-document\":{\"base64file\":\"" + pdf
                                + "\",\"filename\":\"r.pdf\",\"metadata\":{\"data\":[{\"key\":\"externalId\",\"value\":\"X-1\"}]}}}");
        assertEquals(201, created.status(), created.text());
        assertEquals(pdf, created.at("/inbox-document/base64file").asText());
        assertEquals("16", created.at("/inbox-document/filesize").asText());
        assertEquals(
                "externalId", created.at("/inbox-document/metadata/data/0/key").asText());
        String id = created.at("/inbox-document/id").asText();
        Http.Reply list = api().get("/inbox-documents");
        assertTrue(list.at("/inbox-documents/inbox-document/base64file").isMissingNode());
        assertEquals(
                pdf,
                api().get("/inbox-documents/" + id)
                        .at("/inbox-document/base64file")
                        .asText());
        assertEquals(1, billomat.control().createCount(BillomatSimulator.INBOX_METADATA, "externalId=X-1"));
        assertEquals(
                400,
                api().post("/inbox-documents", "{\"inbox-document\":{\"filename\":\"r.pdf\"}}")
                        .status());
        assertEquals(
                400,
                api().post("/inbox-documents", "{\"inbox-document\":{\"base64file\":\"@@not base64@@\"}}")
                        .status());
        assertEquals(
                400,
                api().post(
                                "/inbox-documents",
                                "{\"inbox-document\":{\"base64file\":\"" + pdf
                                        + "\",\"metadata\":{\"data\":[{\"value\":\"no key\"}]}}}")
                        .status());
        assertEquals(200, api().delete("/inbox-documents/" + id).status());
        assertEquals(404, api().get("/inbox-documents/" + id).status());
    }
}
