package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SevdeskInvoicesTest {

    private static SevdeskSimulator sevdesk;
    private String contactId;

    @BeforeAll
    static void start() {
        sevdesk = SevdeskSimulator.start(0);
    }

    @AfterAll
    static void stop() {
        sevdesk.close();
    }

    @BeforeEach
    void reset() {
        sevdesk.control().reset();
        contactId = SevdeskContactsTest.createOrganisation(api(), "ACME GmbH", "K-1");
    }

    private Http api() {
        return Http.to(sevdesk.baseUrl()).header("Authorization", SevdeskSimulator.SANDBOX_TOKEN);
    }

    private String invoiceBody(String number, String status, String tax) {
        return invoiceBody(contactId, number, status, tax);
    }

    /** A saveInvoice body of one position (2 x 50.00 at 19 %) for the contact. */
    static String invoiceBody(String contactId, String number, String status, String tax) {
        return "{\"invoice\":{\"objectName\":\"Invoice\",\"mapAll\":true,"
                + (number == null ? "" : "\"invoiceNumber\":\"" + number + "\",") + "\"contact\":{\"id\":" + contactId
                + ",\"objectName\":\"Contact\"},\"contactPerson\":{\"id\":1,\"objectName\":\"SevUser\"},"
                + "\"invoiceDate\":\"01.03.2025\",\"status\":" + status + ",\"invoiceType\":\"RE\","
                + "\"currency\":\"EUR\","
                + "\"showNet\":true," + tax + "},\"invoicePosSave\":[{\"objectName\":\"InvoicePos\",\"mapAll\":true,"
                + "\"quantity\":2,\"price\":50,\"name\":\"Consulting\",\"taxRate\":19,"
                + "\"unity\":{\"id\":1,\"objectName\":\"Unity\"}}],\"invoicePosDelete\":null}";
    }

    static final String TAX_RULE = "\"taxRule\":{\"id\":\"1\",\"objectName\":\"TaxRule\"}";

    private String createInvoice(String number) {
        Http.Reply reply = api().post("/Invoice/Factory/saveInvoice", invoiceBody(number, "100", TAX_RULE));
        assertEquals(201, reply.status(), reply.text());
        return reply.at("/objects/invoice/id").asText();
    }

    @Test
    void saveInvoiceCreatesADraftWithPositionsAndSums() {
        Http.Reply reply = api().post("/Invoice/Factory/saveInvoice", invoiceBody("RE-1", "100", TAX_RULE));
        assertEquals(201, reply.status(), reply.text());
        assertEquals("RE-1", reply.at("/objects/invoice/invoiceNumber").asText());
        assertEquals("100", reply.at("/objects/invoice/status").asText());
        assertEquals("100.00", reply.at("/objects/invoice/sumNet").asText());
        assertEquals("119.00", reply.at("/objects/invoice/sumGross").asText());
        assertTrue(reply.at("/objects/invoice/invoiceDate").asText().startsWith("2025-03-01T00:00:00+01:00"));
        assertEquals("InvoicePos", reply.at("/objects/invoicePos/0/objectName").asText());
        assertTrue(reply.at("/objects/invoice/id").isTextual());
    }

    @Test
    void update20RejectsNonDraftStatusAndMissingTaxRule() {
        Http.Reply open = api().post("/Invoice/Factory/saveInvoice", invoiceBody("RE-1", "200", TAX_RULE));
        assertEquals(422, open.status());
        assertTrue(open.at("/error/message").asText().contains("status 100"));
        Http.Reply taxType =
                api().post("/Invoice/Factory/saveInvoice", invoiceBody("RE-1", "100", "\"taxType\":\"default\""));
        assertEquals(422, taxType.status());
        assertEquals(
                422,
                api().post(
                                "/Invoice/Factory/saveInvoice",
                                invoiceBody("RE-1", "100", "\"taxRule\":{\"id\":\"99\",\"objectName\":\"TaxRule\"}"))
                        .status());
        assertEquals(0, sevdesk.control().createCount(SevdeskSimulator.INVOICE_NUMBER, "RE-1"));
    }

    @Test
    void update10NeedsTaxTypeAndAllowsOtherStatuses() {
        sevdesk.setSystemVersion("1.0");
        assertEquals(
                422,
                api().post("/Invoice/Factory/saveInvoice", invoiceBody("RE-1", "100", TAX_RULE))
                        .status());
        Http.Reply reply =
                api().post("/Invoice/Factory/saveInvoice", invoiceBody("RE-1", "200", "\"taxType\":\"default\""));
        assertEquals(201, reply.status(), reply.text());
        assertEquals("200", reply.at("/objects/invoice/status").asText());
    }

    @Test
    void missingContactOrContactPersonOrBodyIsRejected() {
        String noContact = invoiceBody("RE-1", "100", TAX_RULE)
                .replace("\"contact\":{\"id\":" + contactId + ",\"objectName\":\"Contact\"},", "");
        assertEquals(422, api().post("/Invoice/Factory/saveInvoice", noContact).status());
        String noPerson = invoiceBody("RE-1", "100", TAX_RULE).replace("\"id\":1,\"objectName\":\"SevUser\"", "");
        assertEquals(422, api().post("/Invoice/Factory/saveInvoice", noPerson).status());
        assertEquals(400, api().post("/Invoice/Factory/saveInvoice", "{}").status());
        assertEquals(400, api().post("/Invoice/Factory/saveInvoice", "not json").status());
        assertEquals(
                400,
                api().post(
                                "/Invoice/Factory/saveInvoice",
                                invoiceBody("RE-1", "100", TAX_RULE).replace("\"quantity\":2", "\"quantity\":\"two\""))
                        .status());
        assertEquals(
                422,
                api().post(
                                "/Invoice/Factory/saveInvoice",
                                invoiceBody("RE-1", "100", TAX_RULE)
                                        .replace("\"unity\":{\"id\":1,\"objectName\":\"Unity\"}", "\"unity\":null"))
                        .status());
    }

    @Test
    void duplicateInvoiceNumbersAreAcceptedAndCounted() {
        createInvoice("RE-7");
        createInvoice("RE-7");
        createInvoice("RE-8");
        assertEquals(2, api().get("/Invoice?invoiceNumber=RE-7").at("/objects").size());
        assertEquals(2, sevdesk.control().createCount(SevdeskSimulator.INVOICE_NUMBER, "RE-7"));
        assertEquals(
                Map.of(SevdeskSimulator.INVOICE_NUMBER, Map.of("RE-7", 2)),
                sevdesk.control().duplicates());
        Http.Reply duplicates = Http.to(sevdesk.rootUrl()).get("/__sim/duplicates");
        assertEquals(2, duplicates.at("/invoiceNumber/RE-7").asInt());
    }

    @Test
    void invoiceListFiltersPagesAndCounts() {
        createInvoice("RE-1");
        createInvoice("RE-2");
        String third = createInvoice(null);
        assertEquals(
                "RE-1000",
                api().get("/Invoice/" + third).at("/objects/0/invoiceNumber").asText());
        api().put("/Invoice/" + third + "/sendBy", "{\"sendType\":\"VPDF\",\"sendDraft\":false}");
        assertEquals(1, api().get("/Invoice?status=200").at("/objects").size());
        assertEquals(2, api().get("/Invoice?status=100").at("/objects").size());
        Http.Reply page = api().get("/Invoice?limit=1&offset=1&countAll=true");
        assertEquals(1, page.at("/objects").size());
        assertEquals("RE-2", page.at("/objects/0/invoiceNumber").asText());
        assertEquals("3", page.at("/total").asText());
        assertEquals(
                3, api().get("/Invoice?contact[id]=" + contactId).at("/objects").size());
        assertEquals(
                0, api().get("/Invoice?startDate=1893456000").at("/objects").size());
        assertEquals(400, api().get("/Invoice?limit=abc").status());
        assertEquals(404, api().get("/Invoice/424242").status());
        assertEquals(
                1,
                api().get("/Invoice/" + third + "/getPositions").at("/objects").size());
    }

    @Test
    void sendByMovesDraftToOpen() {
        String id = createInvoice("RE-1");
        Http.Reply sent = api().put("/Invoice/" + id + "/sendBy", "{\"sendType\":\"VPDF\",\"sendDraft\":false}");
        assertEquals(200, sent.status());
        assertEquals("200", sent.at("/objects/status").asText());
        assertEquals("VPDF", sent.at("/objects/sendType").asText());
        assertEquals(
                400,
                api().put("/Invoice/" + id + "/sendBy", "{\"sendType\":\"FAX\",\"sendDraft\":false}")
                        .status());
        assertEquals(
                400,
                api().put("/Invoice/" + id + "/sendBy", "{\"sendType\":\"VM\"}").status());
        assertEquals(
                404,
                api().put("/Invoice/999/sendBy", "{\"sendType\":\"VM\",\"sendDraft\":false}")
                        .status());
    }

    @Test
    void bookAmountPaysPartlyThenFullyWithLogEntries() {
        String id = createInvoice("RE-1");
        String booking = "{\"amount\":%s,\"date\":1740787200,\"type\":\"N\","
                + "\"checkAccount\":{\"id\":5000,\"objectName\":\"CheckAccount\"}}";
        assertEquals(
                422,
                api().put("/Invoice/" + id + "/bookAmount", String.format(booking, "119"))
                        .status());
        api().put("/Invoice/" + id + "/sendBy", "{\"sendType\":\"VPDF\",\"sendDraft\":false}");
        Http.Reply partial = api().put("/Invoice/" + id + "/bookAmount", String.format(booking, "19"));
        assertEquals(200, partial.status(), partial.text());
        assertEquals("InvoiceLog", partial.at("/objects/objectName").asText());
        assertEquals("200", partial.at("/objects/fromStatus").asText());
        assertEquals("750", partial.at("/objects/toStatus").asText());
        Http.Reply rest = api().put("/Invoice/" + id + "/bookAmount", String.format(booking, "100"));
        assertEquals("750", rest.at("/objects/fromStatus").asText());
        assertEquals("1000", rest.at("/objects/toStatus").asText());
        assertEquals("1000", api().get("/Invoice/" + id).at("/objects/0/status").asText());
        assertEquals(
                422,
                api().put("/Invoice/" + id + "/bookAmount", String.format(booking, "1"))
                        .status());
    }

    @Test
    void bookAmountValidatesItsInput() {
        String id = createInvoice("RE-1");
        api().put("/Invoice/" + id + "/bookAmount", "{}");
        assertEquals(400, api().put("/Invoice/" + id + "/bookAmount", "{}").status());
        assertEquals(
                400,
                api().put(
                                "/Invoice/" + id + "/bookAmount",
                                "{\"amount\":\"x\",\"date\":1,\"type\":\"N\"," + "\"checkAccount\":{\"id\":5000}}")
                        .status());
        assertEquals(
                400,
                api().put(
                                "/Invoice/" + id + "/bookAmount",
                                "{\"amount\":1,\"date\":1,\"type\":\"N\"," + "\"checkAccount\":{\"id\":1}}")
                        .status());
        assertEquals(
                400,
                api().put(
                                "/Invoice/" + id + "/bookAmount",
                                "{\"amount\":1,\"date\":\"yesterday\","
                                        + "\"type\":\"N\",\"checkAccount\":{\"id\":5000}}")
                        .status());
    }
}
