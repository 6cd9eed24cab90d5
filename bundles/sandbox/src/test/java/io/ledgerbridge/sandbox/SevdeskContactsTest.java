package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SevdeskContactsTest {

    private static SevdeskSimulator sevdesk;

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
    }

    private Http api() {
        return Http.to(sevdesk.baseUrl()).header("Authorization", SevdeskSimulator.SANDBOX_TOKEN);
    }

    static String createOrganisation(Http api, String name, String customerNumber) {
        Http.Reply reply = api.post(
                "/Contact",
                "{\"name\":\"" + name + "\",\"customerNumber\":\"" + customerNumber
                        + "\",\"category\":{\"id\":3,\"objectName\":\"Category\"}}");
        assertEquals(201, reply.status(), reply.text());
        return reply.at("/objects/id").asText();
    }

    @Test
    void createdContactComesBackWithStringIdsAndReferences() {
        Http.Reply reply = api().post(
                        "/Contact",
                        "{\"name\":\"ACME GmbH\",\"customerNumber\":\"K-1\","
                                + "\"category\":{\"id\":3,\"objectName\":\"Category\"},\"vatNumber\":\"DE123\"}");
        assertEquals(201, reply.status());
        assertTrue(reply.at("/objects/id").isTextual());
        assertEquals("Contact", reply.at("/objects/objectName").asText());
        assertEquals("3", reply.at("/objects/category/id").asText());
        assertEquals("Category", reply.at("/objects/category/objectName").asText());
        assertEquals("DE123", reply.at("/objects/vatNumber").asText());
        assertEquals(1, sevdesk.control().createCount(SevdeskSimulator.CUSTOMER_NUMBER, "K-1"));
    }

    @Test
    void listFiltersByCustomerNumberNameAndDepth() {
        createOrganisation(api(), "ACME GmbH", "K-1");
        createOrganisation(api(), "Beta AG", "K-2");
        api().post(
                        "/Contact",
                        "{\"surename\":\"Erika\",\"familyname\":\"Mustermann\",\"customerNumber\":\"K-3\","
                                + "\"category\":{\"id\":3,\"objectName\":\"Category\"}}");
        assertEquals(
                "ACME GmbH",
                api().get("/Contact?customerNumber=K-1").at("/objects/0/name").asText());
        assertEquals(1, api().get("/Contact?customerNumber=K-1").at("/objects").size());
        assertEquals(0, api().get("/Contact?customerNumber=K").at("/objects").size());
        assertEquals(0, api().get("/Contact?customerNumber=K-3").at("/objects").size());
        assertEquals(
                1,
                api().get("/Contact?customerNumber=K-3&depth=1").at("/objects").size());
        assertEquals(
                1, api().get("/Contact?name=musterm&depth=1").at("/objects").size());
        assertEquals(1, api().get("/Contact?name=acme").at("/objects").size());
        Http.Reply page = api().get("/Contact?depth=1&limit=2&offset=1&countAll=true");
        assertEquals(2, page.at("/objects").size());
        assertEquals("3", page.at("/total").asText());
    }

    @Test
    void singleContactIsAnArrayAndUnknownIdIs404() {
        String id = createOrganisation(api(), "ACME GmbH", "K-1");
        Http.Reply reply = api().get("/Contact/" + id);
        assertEquals(id, reply.at("/objects/0/id").asText());
        Http.Reply missing = api().get("/Contact/99999");
        assertEquals(404, missing.status());
        assertTrue(missing.at("/error/message").asText().contains("99999"));
        assertEquals(404, api().get("/Contact/abc").status());
    }

    @Test
    void contactUpdateAndCustomerNumberHelpers() {
        String id = createOrganisation(api(), "ACME GmbH", "1005");
        Http.Reply updated = api().put("/Contact/" + id, "{\"name\":\"ACME SE\"}");
        assertEquals("ACME SE", updated.at("/objects/name").asText());
        assertEquals(
                "1006",
                api().get("/Contact/Factory/getNextCustomerNumber")
                        .at("/objects")
                        .asText());
        assertTrue(api().get("/Contact/Mapper/checkCustomerNumberAvailability?customerNumber=9")
                .at("/objects")
                .asBoolean());
        assertTrue(!api().get("/Contact/Mapper/checkCustomerNumberAvailability?customerNumber=1005")
                .at("/objects")
                .asBoolean());
    }

    @Test
    void badContactInputGets400() {
        assertEquals(400, api().post("/Contact", "{\"name\":\"No category\"}").status());
        assertEquals(400, api().post("/Contact", "{\"category\":{\"id\":3}}").status());
        Http.Reply malformed = api().post("/Contact", "{\"name\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.at("/error/message").asText().startsWith("Malformed JSON"));
        assertEquals(400, api().post("/Contact", "[1,2]").status());
        assertEquals(
                400,
                api().post("/Contact", "{\"name\":{\"x\":1},\"category\":{\"id\":3}}")
                        .status());
        assertEquals(
                400,
                api().post("/Contact", "{\"name\":\"x\",\"category\":\"3\"}").status());
    }

    @Test
    void addressesNeedAContactAKnownCountryAndACategory() {
        String id = createOrganisation(api(), "ACME GmbH", "K-1");
        Http.Reply address = api().post(
                        "/ContactAddress",
                        "{\"contact\":{\"id\":" + id
                                + ",\"objectName\":\"Contact\"},"
                                + "\"street\":\"Hauptstr. 1\",\"zip\":\"10115\",\"city\":\"Berlin\","
                                + "\"country\":{\"id\":1,\"objectName\":\"StaticCountry\"},"
                                + "\"category\":{\"id\":47,\"objectName\":\"Category\"}}");
        assertEquals(201, address.status(), address.text());
        assertEquals("1", address.at("/objects/country/id").asText());
        assertEquals(
                1, api().get("/ContactAddress?contact[id]=" + id).at("/objects").size());
        assertEquals(
                400,
                api().post(
                                "/ContactAddress",
                                "{\"contact\":{\"id\":" + id + "},"
                                        + "\"country\":{\"id\":999},\"category\":{\"id\":47}}")
                        .status());
        assertEquals(
                400,
                api().post(
                                "/ContactAddress",
                                "{\"contact\":{\"id\":424242}," + "\"country\":{\"id\":1},\"category\":{\"id\":47}}")
                        .status());
        assertEquals(
                400,
                api().post("/ContactAddress", "{\"contact\":{\"id\":" + id + "},\"country\":{\"id\":1}}")
                        .status());
    }

    @Test
    void communicationWaysFilterByTypeAndContact() {
        String acme = createOrganisation(api(), "ACME GmbH", "K-1");
        String beta = createOrganisation(api(), "Beta AG", "K-2");
        assertEquals(201, addWay(acme, "EMAIL", "billing@acme.test").status());
        assertEquals(201, addWay(acme, "PHONE", "+49 30 1").status());
        assertEquals(201, addWay(beta, "EMAIL", "info@beta.test").status());
        Http.Reply emails = api().get("/CommunicationWay?type=EMAIL");
        assertEquals(2, emails.at("/objects").size());
        Http.Reply acmeEmail =
                api().get("/CommunicationWay?type=EMAIL&contact[id]=" + acme + "&contact[objectName]=Contact");
        assertEquals(1, acmeEmail.at("/objects").size());
        assertEquals("billing@acme.test", acmeEmail.at("/objects/0/value").asText());
        assertEquals(acme, acmeEmail.at("/objects/0/contact/id").asText());
        assertEquals(400, addWay(acme, "PIGEON", "coo").status());
        assertEquals(
                400,
                api().post("/CommunicationWay", "{\"type\":\"EMAIL\",\"value\":\"a@b.c\"}")
                        .status());
    }

    private Http.Reply addWay(String contactId, String type, String value) {
        return api().post(
                        "/CommunicationWay",
                        "{\"contact\":{\"id\":" + contactId + ",\"objectName\":\"Contact\"},"
                                + "\"type\":\"" + type + "\",\"value\":\"" + value + "\",\"key\":{\"id\":2,"
                                + "\"objectName\":\"CommunicationWayKey\"},\"main\":true}");
    }
}
