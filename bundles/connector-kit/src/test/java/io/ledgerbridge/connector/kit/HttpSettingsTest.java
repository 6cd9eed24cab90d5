package io.ledgerbridge.connector.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    @Test
    void defaults() {
        HttpSettings settings = HttpSettings.builder("sevdesk").build();

        assertEquals("sevdesk", settings.connectorId());
        assertEquals(Duration.ofSeconds(10), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(30), settings.responseTimeout());
        assertEquals(4, settings.maxConnectionsPerRoute());
        assertEquals(8, settings.maxConnectionsTotal());
        assertFalse(settings.followRedirects());
        assertEquals(64 * 1024 * 1024, settings.maxResponseBytes());
        assertTrue(settings.defaultHeaders().isEmpty());
        assertSame(StatusClassifier.standard(), settings.statusClassifier());
    }

    @Test
    void userAgentNamesThePlatformVersionAndTheConnector() {
        String userAgent = HttpSettings.builder("billomat").build().userAgent();

        assertTrue(userAgent.matches("Ledgerbridge/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(\\+billomat\\)"), userAgent);
    }

    @Test
    void everythingIsConfigurable() {
        StatusClassifier classifier = StatusClassifier.standard().with(409, Kind.NOT_FOUND);
        HttpSettings settings = HttpSettings.builder("zenvoices")
                .connectTimeout(Duration.ofSeconds(3))
                .responseTimeout(Duration.ofMinutes(2))
                .maxConnectionsPerRoute(2)
                .maxConnectionsTotal(6)
                .followRedirects(true)
                .maxResponseBytes(1024)
                .defaultHeader("Accept", "application/json")
                .defaultHeader("X-AppId", "ledgerbridge")
                .statusClassifier(classifier)
                .build();

        assertEquals(Duration.ofSeconds(3), settings.connectTimeout());
        assertEquals(Duration.ofMinutes(2), settings.responseTimeout());
        assertEquals(2, settings.maxConnectionsPerRoute());
        assertEquals(6, settings.maxConnectionsTotal());
        assertTrue(settings.followRedirects());
        assertEquals(1024, settings.maxResponseBytes());
        assertEquals(
                List.of("Accept", "X-AppId"),
                List.copyOf(settings.defaultHeaders().keySet()));
        assertSame(classifier, settings.statusClassifier());
        assertThrows(UnsupportedOperationException.class, () -> settings.defaultHeaders()
                .put("a", "b"));
    }

    @Test
    void totalIsNeverBelowPerRoute() {
        assertEquals(
                5,
                HttpSettings.builder("x")
                        .maxConnectionsPerRoute(5)
                        .maxConnectionsTotal(2)
                        .build()
                        .maxConnectionsTotal());
    }

    @Test
    void rejectsNonsense() {
        HttpSettings.Builder builder = HttpSettings.builder("x");
        assertThrows(IllegalArgumentException.class, () -> builder.connectTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> builder.responseTimeout(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> builder.responseTimeout(null));
        assertThrows(IllegalArgumentException.class, () -> builder.maxConnectionsPerRoute(0));
        assertThrows(IllegalArgumentException.class, () -> builder.maxConnectionsTotal(-1));
        assertThrows(IllegalArgumentException.class, () -> builder.maxResponseBytes(0));
        for (String id : new String[] {null, "", "has space", "a/b", "x".repeat(65)}) {
            assertThrows(IllegalArgumentException.class, () -> HttpSettings.builder(id), String.valueOf(id));
        }
        assertThrows(NullPointerException.class, () -> builder.defaultHeader("X", null));
        assertEquals(Map.of(), builder.build().defaultHeaders());
    }
}
