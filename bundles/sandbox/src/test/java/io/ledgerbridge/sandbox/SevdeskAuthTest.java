package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SevdeskAuthTest {

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

    @Test
    void rawTokenIsAcceptedAndBaseUrlEndsWithApiV1() {
        assertTrue(sevdesk.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/api/v1"), sevdesk.baseUrl());
        Http.Reply reply = api().get("/Tools/bookkeepingSystemVersion");
        assertEquals(200, reply.status());
        assertEquals("2.0", reply.at("/objects/version").asText());
    }

    @Test
    void missingTokenGets401WithSevdeskErrorEnvelope() {
        Http.Reply reply = Http.to(sevdesk.baseUrl()).get("/Contact");
        assertEquals(401, reply.status());
        assertEquals("Authentication required", reply.at("/error/message").asText());
        assertTrue(reply.at("/error/code").isNull());
        assertFalse(reply.at("/error/exceptionUUID").asText().isEmpty());
    }

    @Test
    void bearerPrefixQueryTokenAndWrongTokenAreRejected() {
        String token = SevdeskSimulator.SANDBOX_TOKEN;
        assertEquals(
                401,
                Http.to(sevdesk.baseUrl())
                        .header("Authorization", "Bearer " + token)
                        .get("/SevUser")
                        .status());
        assertEquals(
                401, Http.to(sevdesk.baseUrl()).get("/SevUser?token=" + token).status());
        assertEquals(
                401,
                Http.to(sevdesk.baseUrl())
                        .header("Authorization", "ffffffffffffffffffffffffffffffff")
                        .get("/SevUser")
                        .status());
    }

    @Test
    void addedTokenWorksAndRevokedTokenFails() {
        String extra = "abcdefabcdefabcdefabcdefabcdef12";
        sevdesk.addToken(extra);
        assertEquals(
                200,
                Http.to(sevdesk.baseUrl())
                        .header("Authorization", extra)
                        .get("/SevUser")
                        .status());
        sevdesk.revokeToken(extra);
        assertEquals(
                401,
                Http.to(sevdesk.baseUrl())
                        .header("Authorization", extra)
                        .get("/SevUser")
                        .status());
        assertThrows(IllegalArgumentException.class, () -> sevdesk.addToken("not-hex"));
    }

    @Test
    void tokensCanBeManagedOverTheControlApi() {
        String extra = "00000000000000000000000000000001";
        Http control = Http.to(sevdesk.rootUrl());
        assertEquals(
                200,
                control.post("/__sim/tokens", "{\"token\":\"" + extra + "\"}").status());
        assertEquals(
                200,
                Http.to(sevdesk.baseUrl())
                        .header("Authorization", extra)
                        .get("/SevUser")
                        .status());
        assertEquals(200, control.post("/__sim/tokens/" + extra + "/block", "").status());
        Http.Reply blocked =
                Http.to(sevdesk.baseUrl()).header("Authorization", extra).get("/SevUser");
        assertEquals(401, blocked.status());
        assertTrue(blocked.at("/error/message").asText().contains("blocked"));
        assertEquals(400, control.post("/__sim/tokens", "{\"token\":\"short\"}").status());
        assertEquals(200, control.delete("/__sim/tokens/" + extra).status());
    }

    @Test
    void blockedTokenAndPlanWithoutApiAreRefused() {
        sevdesk.setPlanLacksApi(true);
        Http.Reply noPlan = api().get("/Contact");
        assertEquals(403, noPlan.status());
        assertTrue(noPlan.at("/error/message").asText().contains("plan"));
        sevdesk.setPlanLacksApi(false);
        sevdesk.blockToken(SevdeskSimulator.SANDBOX_TOKEN);
        assertEquals(401, api().get("/Contact").status());
        sevdesk.control().reset();
        assertEquals(200, api().get("/Contact").status());
    }

    @Test
    void systemVersionIsConfigurableByBuilderJavaAndHttp() {
        try (SevdeskSimulator v1 =
                SevdeskSimulator.builder().systemVersion("1.0").start()) {
            Http client = Http.to(v1.baseUrl()).header("Authorization", SevdeskSimulator.SANDBOX_TOKEN);
            assertEquals(
                    "1.0",
                    client.get("/Tools/bookkeepingSystemVersion")
                            .at("/objects/version")
                            .asText());
            v1.setSystemVersion("2.0");
            assertEquals(
                    "2.0",
                    client.get("/Tools/bookkeepingSystemVersion")
                            .at("/objects/version")
                            .asText());
            Http.to(v1.rootUrl()).put("/__sim/settings", "{\"systemVersion\":\"1.0\"}");
            assertEquals(
                    "1.0",
                    client.get("/Tools/bookkeepingSystemVersion")
                            .at("/objects/version")
                            .asText());
            assertEquals(
                    400,
                    Http.to(v1.rootUrl())
                            .put("/__sim/settings", "{\"systemVersion\":\"3.0\"}")
                            .status());
        }
        assertThrows(
                IllegalArgumentException.class, () -> SevdeskSimulator.builder().systemVersion("3.0"));
    }

    @Test
    void referenceDataIsServedInTheObjectsEnvelope() {
        Http.Reply users = api().get("/SevUser");
        assertEquals("1", users.at("/objects/0/id").asText());
        assertTrue(users.at("/objects/0/id").isTextual());
        Http.Reply countries = api().get("/StaticCountry?countAll=true&limit=1000");
        assertEquals("1", findCountry(countries, "de"));
        for (String code : new String[] {"at", "ch", "fr", "nl", "be", "gb", "us"}) {
            assertTrue(findCountry(countries, code) != null, code);
        }
        assertEquals(
                String.valueOf(countries.at("/objects").size()),
                countries.at("/total").asText());
        assertTrue(api().get("/StaticCountry").at("/total").isMissingNode());
        assertEquals("5000", api().get("/CheckAccount").at("/objects/0/id").asText());
    }

    @Test
    void unknownPathsGet404AndOutsideTheApiToo() {
        assertEquals(404, api().get("/NoSuchThing").status());
        assertEquals(404, Http.to(sevdesk.rootUrl()).get("/other").status());
        assertEquals(
                405,
                api().send("DELETE", "/Invoice/Factory/saveInvoice", null, null).status());
    }

    private static String findCountry(Http.Reply countries, String code) {
        for (var country : countries.at("/objects")) {
            if (code.equals(country.path("code").asText())) {
                return country.path("id").asText();
            }
        }
        return null;
    }
}
