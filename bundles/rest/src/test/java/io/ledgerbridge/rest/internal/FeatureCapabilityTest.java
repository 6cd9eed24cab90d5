package io.ledgerbridge.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureCapabilityTest {
    @Test
    void readsTheConnectorAttributesWithQuotedListsAndTypes() {
        assertEquals(
                Map.of(
                        "id",
                        "sevdesk",
                        "name",
                        "sevdesk",
                        "vendor",
                        "Ledgerbridge",
                        "capabilities",
                        "EXPORT,CONTACT_SYNC"),
                FeatureCapability.connectorAttributes("io.ledgerbridge.connector;id=sevdesk; name=sevdesk;"
                        + "vendor=Ledgerbridge;capabilities:List<String>=\"EXPORT,CONTACT_SYNC\""));
        assertEquals(
                "a;b",
                FeatureCapability.connectorAttributes("io.ledgerbridge.connector;id=\"a;b\"")
                        .get("id"));
    }

    @Test
    void otherNamespacesAreNotConnectors() {
        assertEquals(Map.of(), FeatureCapability.connectorAttributes("osgi.service;objectClass=x"));
    }
}
