package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OneCockpitSimulatorTest {

    private final ManualClock clock = ManualClock.startingNow();
    private final OneCockpitSimulator onecockpit =
            OneCockpitSimulator.builder().clock(clock).requestsPerSecond(1000).start();

    @AfterEach
    void stop() {
        onecockpit.close();
    }

    private Http api() {
        return Http.to(onecockpit.baseUrl()).header("X-Api-Key", OneCockpitSimulator.SANDBOX_API_KEY);
    }

    private static String invoice(String number, String email, String amount, String status) {
        return "{\"invoiceNumber\":\"" + number + "\",\"customerEmail\":\"" + email + "\",\"amount\":" + amount
                + ",\"currency\":\"EUR\",\"date\":\"2025-03-01\",\"status\":\"" + status + "\"}";
    }

    @Test
    void customersAreUpsertedByEmail() {
        Http.Reply created = api().post("/api/v1/customers", "{\"email\":\"Info@ACME.test\",\"company\":\"ACME\"}");
        assertEquals(201, created.status(), created.text());
        assertEquals("info@acme.test", created.at("/email").asText());
        Http.Reply updated = api().post("/api/v1/customers", "{\"email\":\"info@acme.test\",\"city\":\"Berlin\"}");
        assertEquals(200, updated.status());
        assertEquals(created.at("/id").asLong(), updated.at("/id").asLong());
        assertEquals("ACME", updated.at("/company").asText());
        assertEquals(
                1,
                api().get("/api/v1/customers?email=INFO@acme.test").at("/items").size());
        assertEquals(1, onecockpit.control().createCount(OneCockpitSimulator.CUSTOMER_EMAIL, "info@acme.test"));
    }

    @Test
    void invoicesAreUpsertedByNumberAndFeedTheCustomerValue() {
        api().post("/api/v1/customers", "{\"email\":\"a@acme.test\"}");
        Http.Reply created = api().post("/api/v1/invoices", invoice("RE-1", "a@acme.test", "119.00", "open"));
        assertEquals(201, created.status(), created.text());
        assertEquals("open", created.at("/status").asText());
        Http.Reply paid = api().post("/api/v1/invoices", invoice("RE-1", "a@acme.test", "119.00", "paid"));
        assertEquals(200, paid.status());
        assertEquals(
                "paid",
                api().get("/api/v1/invoices?invoiceNumber=RE-1")
                        .at("/items/0/status")
                        .asText());
        api().post("/api/v1/invoices", invoice("RE-2", "a@acme.test", "1", "open"));
        assertEquals(
                "120.00",
                api().get("/api/v1/customers?email=a@acme.test")
                        .at("/items/0/customerValue")
                        .asText());
        assertEquals(
                Map.of("RE-1", 1, "RE-2", 1), onecockpit.control().createCounts(OneCockpitSimulator.INVOICE_NUMBER));
        assertEquals(
                0, api().get("/api/v1/invoices?invoiceNumber=RE-3").at("/items").size());
    }

    @Test
    void aCancelledInvoiceStaysButNoLongerCountsInTheCustomerValue() {
        api().post("/api/v1/customers", "{\"email\":\"a@acme.test\"}");
        api().post("/api/v1/invoices", invoice("RE-1", "a@acme.test", "100.00", "open"));
        api().post("/api/v1/invoices", invoice("RE-2", "a@acme.test", "19.00", "paid"));
        Http.Reply cancelled = api().post("/api/v1/invoices", invoice("RE-1", "a@acme.test", "100.00", "cancelled"));
        assertEquals(200, cancelled.status(), cancelled.text());
        assertEquals("cancelled", cancelled.at("/status").asText());
        assertEquals(
                "19.00",
                api().get("/api/v1/customers?email=a@acme.test")
                        .at("/items/0/customerValue")
                        .asText());
        assertEquals(1, onecockpit.control().createCount(OneCockpitSimulator.INVOICE_NUMBER, "RE-1"));
    }

    @Test
    void invoiceNeedsAKnownOrEmbeddedCustomer() {
        Http.Reply unknown = api().post("/api/v1/invoices", invoice("RE-1", "new@beta.test", "10", "open"));
        assertEquals(404, unknown.status());
        assertEquals("not_found", unknown.at("/error/code").asText());
        Http.Reply embedded = api().post(
                        "/api/v1/invoices",
                        invoice("RE-1", "new@beta.test", "10", "open")
                                .replace("}", ",\"customer\":{\"company\":\"Beta\"}}"));
        assertEquals(201, embedded.status(), embedded.text());
        assertEquals(
                "Beta",
                api().get("/api/v1/customers?email=new@beta.test")
                        .at("/items/0/company")
                        .asText());
    }

    @Test
    void validationErrorsAre422AndMalformedJson400() {
        api().post("/api/v1/customers", "{\"email\":\"a@acme.test\"}");
        Http.Reply noEmail = api().post("/api/v1/customers", "{\"company\":\"x\"}");
        assertEquals(422, noEmail.status());
        assertEquals("email", noEmail.at("/error/field").asText());
        assertEquals("validation_failed", noEmail.at("/error/code").asText());
        assertEquals(
                422, api().post("/api/v1/customers", "{\"email\":\"not-mail\"}").status());
        assertEquals(
                422,
                api().post("/api/v1/invoices", invoice("RE-1", "a@acme.test", "1", "sent"))
                        .status());
        assertEquals(
                422,
                api().post("/api/v1/invoices", "{\"customerEmail\":\"a@acme.test\"}")
                        .status());
        Http.Reply noCustomer = api().post("/api/v1/invoices", "{\"invoiceNumber\":\"X\"}");
        assertEquals("customerEmail", noCustomer.at("/error/field").asText());
        assertEquals(
                422,
                api().post("/api/v1/invoices", invoice("RE-1", "a@acme.test", "-5", "open"))
                        .status());
        assertEquals(
                400,
                api().post("/api/v1/invoices", invoice("RE-1", "a@acme.test", "\"ten\"", "open"))
                        .status());
        assertEquals(400, api().post("/api/v1/invoices", "{\"invoiceNumber\":").status());
        assertEquals(404, api().get("/api/v2/other").status());
    }

    @Test
    void numbersFromAnotherSourceConflict() {
        onecockpit.addForeignInvoice("RE-9", "sevdesk");
        api().post("/api/v1/customers", "{\"email\":\"a@acme.test\"}");
        Http.Reply conflict = api().post("/api/v1/invoices", invoice("RE-9", "a@acme.test", "1", "open"));
        assertEquals(409, conflict.status());
        assertTrue(conflict.at("/error/message").asText().contains("sevdesk"));
        Http.to(onecockpit.rootUrl())
                .post("/__sim/foreign-invoices", "{\"invoiceNumber\":\"RE-10\",\"source\":\"easybill\"}");
        assertEquals(
                409,
                api().post("/api/v1/invoices", invoice("RE-10", "a@acme.test", "1", "open"))
                        .status());
        assertEquals(
                400,
                Http.to(onecockpit.rootUrl())
                        .post("/__sim/foreign-invoices", "{\"source\":\"x\"}")
                        .status());
    }

    @Test
    void badKeysGet401AndKeysCanBeManaged() {
        Http.Reply missing = Http.to(onecockpit.baseUrl()).get("/api/v1/invoices");
        assertEquals(401, missing.status());
        assertEquals("unauthorized", missing.at("/error/code").asText());
        assertEquals(
                401,
                Http.to(onecockpit.baseUrl())
                        .header("X-Api-Key", "wrong")
                        .get("/api/v1/invoices")
                        .status());
        onecockpit.addApiKey("second");
        assertEquals(
                200,
                Http.to(onecockpit.baseUrl())
                        .header("X-Api-Key", "second")
                        .get("/api/v1/invoices")
                        .status());
        onecockpit.revokeApiKey("second");
        assertEquals(
                401,
                Http.to(onecockpit.baseUrl())
                        .header("X-Api-Key", "second")
                        .get("/api/v1/invoices")
                        .status());
        Http.to(onecockpit.rootUrl()).post("/__sim/keys", "{\"apiKey\":\"third\"}");
        assertEquals(
                200,
                Http.to(onecockpit.baseUrl())
                        .header("X-Api-Key", "third")
                        .get("/api/v1/invoices")
                        .status());
    }

    @Test
    void perSecondLimitAnswers429WithRetryAfter() {
        onecockpit.setRequestsPerSecond(2);
        assertEquals(200, api().get("/api/v1/invoices").status());
        assertEquals(200, api().get("/api/v1/invoices").status());
        Http.Reply limited = api().get("/api/v1/invoices");
        assertEquals(429, limited.status());
        assertEquals("1", limited.header("Retry-After"));
        assertEquals("rate_limited", limited.at("/error/code").asText());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(200, api().get("/api/v1/invoices").status());
        assertEquals(
                200,
                Http.to(onecockpit.rootUrl())
                        .put("/__sim/settings", "{\"requestsPerSecond\":5}")
                        .status());
        assertEquals(
                400,
                Http.to(onecockpit.rootUrl())
                        .put("/__sim/settings", "{\"requestsPerSecond\":0}")
                        .status());
    }
}
