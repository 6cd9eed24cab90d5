package io.ledgerbridge.sandbox.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.sandbox.BillomatSimulator;
import io.ledgerbridge.sandbox.SevdeskSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** With this jar on the class path the simulators refuse what breaks the contract, the way the service does. */
class StrictSimulatorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CONTACT_WITH_STRING_CATEGORY =
            "{\"name\":\"Hundeschule Bello\",\"category\":{\"id\":\"3\",\"objectName\":\"Category\"}}";

    @Test
    void sevdeskAnswersABreachWith400InItsErrorBodyNamingThePlace() throws Exception {
        try (SevdeskSimulator sevdesk = SevdeskSimulator.start(0)) {
            HttpResponse<String> refused = sevdeskPost(sevdesk, CONTACT_WITH_STRING_CATEGORY);
            assertEquals(400, refused.statusCode(), refused.body());
            JsonNode error = JSON.readTree(refused.body()).path("error");
            assertTrue(error.path("message").asText().contains("/category/id"), refused.body());
            assertEquals(0, sevdesk.control().snapshot("Contact").size(), "nothing was created");
            assertEquals(
                    201,
                    sevdeskPost(sevdesk, CONTACT_WITH_STRING_CATEGORY.replace("\"3\"", "3"))
                            .statusCode());
        }
    }

    @Test
    void withoutContractTheSimulatorAcceptsWhatItsHandlersAccept() throws Exception {
        try (SevdeskSimulator sevdesk =
                SevdeskSimulator.builder().withoutContract().start()) {
            assertEquals(201, sevdeskPost(sevdesk, CONTACT_WITH_STRING_CATEGORY).statusCode());
        }
    }

    @Test
    void billomatRefusesAFieldItsReferenceDoesNotList() throws Exception {
        try (BillomatSimulator billomat = BillomatSimulator.start(0)) {
            HttpResponse<String> refused = HTTP.send(
                    HttpRequest.newBuilder(URI.create(billomat.baseUrl() + "/clients"))
                            .header("X-BillomatApiKey", BillomatSimulator.SANDBOX_API_KEY)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"client\":{\"name\":\"Bello\",\"nickname\":\"B\"}}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("client.nickname: is not a field"), refused.body());
        }
    }

    private static HttpResponse<String> sevdeskPost(SevdeskSimulator sevdesk, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(sevdesk.baseUrl() + "/Contact"))
                        .header("Authorization", SevdeskSimulator.SANDBOX_TOKEN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
