package io.ledgerbridge.engine.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {
    private final Map<String, Object> partner = Map.of("tenant", "acme", "name", "sevdesk", "active", true,
            "baseUrl", "https://partner.example", "apiToken", "partner-token", "sendType", "VPDF");

    @Test
    void aClientTakesThePartnersSettingsExceptItsOwn() {
        Map<String, Object> client = Map.of("tenant", "acme-client", "partnerConnection", "p1", "active", false,
                "apiToken", "client-token", "sendType", "");
        Set<String> overrides = ClientSettings.overridesIn(client);
        assertEquals(Set.of("apiToken"), overrides, "empty values and the client's own settings are no overrides");
        Map<String, Object> merged = ClientSettings.merge(partner, client, overrides);
        assertEquals("https://partner.example", merged.get("baseUrl"));
        assertEquals("VPDF", merged.get("sendType"));
        assertEquals("client-token", merged.get("apiToken"));
        assertEquals("acme-client", merged.get("tenant"));
        assertEquals(false, merged.get("active"));
        assertEquals(null, merged.get("name"), "a client connection does not take the partner's name");
        assertEquals(List.of("apiToken"), merged.get(ClientSettings.OVERRIDES));
    }

    @Test
    void theRecordedOverridesSurviveAPartnerChange() {
        Map<String, Object> stored = ClientSettings.merge(partner, Map.of("tenant", "c", "partnerConnection", "p1",
                "baseUrl", "https://client.example"), Set.of("baseUrl"));
        Map<String, Object> changedPartner = Map.of("baseUrl", "https://new-partner.example", "sendType", "VM");
        Map<String, Object> again = ClientSettings.merge(changedPartner, stored, ClientSettings.recorded(
                Map.of(ClientSettings.OVERRIDES, new String[] {"baseUrl"})));
        assertEquals("https://client.example", again.get("baseUrl"));
        assertEquals("VM", again.get("sendType"));
        assertEquals("c", again.get("tenant"));
    }
}
