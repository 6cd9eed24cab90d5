package io.ledgerbridge.connector.sevdesk.internal;

import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.tck.FakeContext;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.sandbox.SevdeskSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A sevdesk simulator on a free port, shared by a test class and reset before each test, and connectors for it. */
abstract class SimulatorFixture {
    static SevdeskSimulator sevdesk;
    final List<SevdeskConnector> connectors = new ArrayList<>();
    MutableClock clock;
    FakeContext context;

    @BeforeAll
    static void startSimulator() {
        sevdesk = SevdeskSimulator.start(0);
    }

    @AfterAll
    static void stopSimulator() {
        sevdesk.close();
    }

    @BeforeEach
    void resetSimulator() {
        sevdesk.control().reset();
        clock = new MutableClock(Instant.parse("2026-11-21T08:00:00Z"));
        context = tokenContext(SevdeskSimulator.SANDBOX_TOKEN);
    }

    @AfterEach
    void closeConnectors() {
        connectors.forEach(SevdeskConnector::deactivate);
    }

    /** A connection context with this API token (null: none), an empty memory and no files. */
    static FakeContext tokenContext(String token) {
        return new FakeContext("io.ledgerbridge.connector.sevdesk~test").secret(SevdeskConnector.TOKEN, token);
    }

    /** A connector with the default settings (mark as sent as PDF, no payment account). */
    SevdeskConnector connector() {
        return connector(settings("", false, "VPDF"));
    }

    SevdeskConnector connector(SevdeskSettings settings) {
        SevdeskConnector connector = new SevdeskConnector(
                settings,
                clock,
                HttpSettings.builder("sevdesk")
                        .responseTimeout(Duration.ofSeconds(1))
                        .build());
        connectors.add(connector);
        return connector;
    }

    static SevdeskSettings settings(String checkAccountId, boolean smallBusiness, String sendType) {
        return new SevdeskSettings(sevdesk.baseUrl(), "3", sendType, checkAccountId, smallBusiness, "");
    }

    static SevdeskSettings receiptSettings(String receiptAccount, boolean smallBusiness, String sendType) {
        return new SevdeskSettings(sevdesk.baseUrl(), "3", sendType, "", smallBusiness, receiptAccount);
    }

    static List<Map<String, Object>> stored(String collection) {
        return sevdesk.control().snapshot(collection);
    }

    static Map<String, Object> storedInvoice(String id) {
        return stored("Invoice").stream()
                .filter(i -> id.equals(i.get("id")))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static String refId(Map<String, Object> object, String field) {
        return String.valueOf(((Map<String, Object>) object.get(field)).get("id"));
    }

    static String delivered(Outcome outcome) {
        if (outcome instanceof Outcome.Delivered d) {
            return d.remoteId();
        }
        throw new AssertionError("not delivered: " + outcome);
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
