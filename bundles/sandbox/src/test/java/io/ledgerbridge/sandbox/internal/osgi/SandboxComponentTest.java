package io.ledgerbridge.sandbox.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.sandbox.Simulator;
import io.ledgerbridge.sandbox.internal.launch.SandboxConfig;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxComponentTest {

    @Test
    void startsTheEnabledSimulatorsAndStopsThem() throws Exception {
        SandboxComponent component = new SandboxComponent(new Config(0, -1, 0, 0));
        try {
            List<Simulator> running = component.running();
            assertEquals(3, running.size());
            assertTrue(running.get(0).baseUrl().endsWith("/api/v1"));
            HttpResponse<String> version = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create(running.get(0).baseUrl() + "/Tools/bookkeepingSystemVersion"))
                                    .header("Authorization", "0123456789abcdef0123456789abcdef")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertTrue(version.body().contains("\"1.0\""), version.body());
        } finally {
            component.stop();
        }
        assertTrue(component.running().isEmpty());
    }

    @Test
    void aTakenPortSkipsOnlyThatSimulator() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            SandboxComponent component = new SandboxComponent(new Config(taken.getLocalPort(), 0, -1, -1));
            try {
                assertEquals(1, component.running().size());
                assertTrue(component.running().get(0).baseUrl().endsWith("/sandbox/api"));
            } finally {
                component.stop();
            }
        }
    }

    /** A hand-made configuration, as ConfigAdmin would hand it to the component. */
    private record Config(int sevdesk, int billomat, int zenvoices, int onecockpit) implements SandboxConfig {

        @Override
        public Class<? extends Annotation> annotationType() {
            return SandboxConfig.class;
        }

        @Override
        public String host() {
            return "127.0.0.1";
        }

        @Override
        public int sevdesk_port() {
            return sevdesk;
        }

        @Override
        public int billomat_port() {
            return billomat;
        }

        @Override
        public int zenvoices_port() {
            return zenvoices;
        }

        @Override
        public int onecockpit_port() {
            return onecockpit;
        }

        @Override
        public String sevdesk_systemVersion() {
            return "1.0";
        }

        @Override
        public int billomat_windowSeconds() {
            return 900;
        }

        @Override
        public int billomat_quota() {
            return 300;
        }

        @Override
        public int billomat_appQuota() {
            return 1000;
        }

        @Override
        public int zenvoices_tokenExpirySeconds() {
            return 86400;
        }

        @Override
        public int onecockpit_requestsPerSecond() {
            return 10;
        }

        @Override
        public int threads() {
            return 2;
        }
    }
}
