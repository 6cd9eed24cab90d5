package io.ledgerbridge.connector.sevdesk.internal;

import static io.ledgerbridge.connector.sevdesk.internal.Documents.anna;
import static io.ledgerbridge.connector.sevdesk.internal.Documents.finalized;
import static io.ledgerbridge.connector.sevdesk.internal.Documents.invoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.sevdesk.internal.dto.ContactSave;
import io.ledgerbridge.connector.sevdesk.internal.dto.Ref;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import io.ledgerbridge.model.spi.TestResult;
import io.ledgerbridge.sandbox.SevdeskSimulator;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sevdesk connection against the simulator: the connection test, invoices with their contacts, tax rules. */
class SevdeskConnectorTest extends SimulatorFixture {

    @Test
    void theTestChecksTheTokenAndRemembersTheBookkeepingVersion() {
        TestResult ok = connector().test(context);
        assertTrue(ok.ok(), ok.message());
        assertTrue(ok.message().startsWith("Connected to sevdesk (bookkeeping system 2.0)."), ok.message());
        assertTrue(ok.message().contains("5000 (Geschäftskonto (Sandbox))"), "lists the usable payment accounts");
        assertEquals("2.0", context.memory().get(AccountFacts.VERSION));
        sevdesk.setSystemVersion("1.0");
        assertTrue(connector().test(context).message().contains("bookkeeping system 1.0"));
        assertEquals("1.0", context.memory().get(AccountFacts.VERSION));
        TestResult booking = connector(settings("5000", false, "VPDF")).test(context);
        assertTrue(
                booking.message().endsWith("Payments are booked on 5000 (Geschäftskonto (Sandbox))."),
                booking.message());
    }

    @Test
    void theTestTellsTokenPlanReachabilityAndSettingsApart() throws Exception {
        TestResult invalid = connector().test(tokenContext("ffffffffffffffffffffffffffffffff"));
        assertEquals(FailureKind.AUTH, invalid.kind());
        assertTrue(
                invalid.message().startsWith("the sevdesk API token is invalid or was regenerated"), invalid.message());
        sevdesk.setPlanLacksApi(true);
        TestResult plan = connector().test(context);
        assertEquals(FailureKind.PERMISSION, plan.kind());
        assertTrue(plan.message().startsWith("no API access in this sevdesk plan"), plan.message());
        sevdesk.setPlanLacksApi(false);
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        TestResult unreachable = connector(
                        new SevdeskSettings("http://127.0.0.1:" + closed + "/api/v1", "3", "VPDF", "", false, ""))
                .test(context);
        assertEquals(FailureKind.UNAVAILABLE, unreachable.kind());
        assertTrue(unreachable.message().startsWith("sevdesk unreachable"), unreachable.message());
        assertEquals(
                FailureKind.CONFIGURATION, connector().test(tokenContext(" ")).kind());
        TestResult account = connector(settings("123", false, "VPDF")).test(context);
        assertEquals(FailureKind.CONFIGURATION, account.kind());
        assertTrue(account.message().contains("payment account 123 does not exist"), account.message());
    }

    @Test
    void aNewCustomerIsCreatedWithHerDetailsAndTheInvoiceLeavesDraft() {
        String id = delivered(connector().export(context, finalized(invoice("d1", "RE-2026-1", anna()))));

        Map<String, Object> contact = stored("Contact").get(0);
        assertEquals("K-1001", contact.get("customerNumber"));
        assertEquals("Anna", contact.get("surename"));
        assertEquals("3", refId(contact, "category"));
        assertEquals("Hauptstr. 1", stored("ContactAddress").get(0).get("street"));
        assertEquals(
                List.of("EMAIL", "PHONE"),
                stored("CommunicationWay").stream().map(w -> w.get("type")).toList());
        Map<String, Object> invoice = storedInvoice(id);
        assertEquals("RE-2026-1", invoice.get("invoiceNumber"));
        assertEquals(contact.get("id"), refId(invoice, "contact"));
        assertEquals("200", invoice.get("status"), "moved out of draft");
        assertEquals("VPDF", invoice.get("sendType"));
        assertEquals("1", refId(invoice, "taxRule"));
        assertEquals("133.88", invoice.get("sumGross"));
        assertEquals(2, stored("InvoicePos").size());
        assertEquals(contact.get("id"), context.memory().get("contact.customer.K-1001"));
    }

    @Test
    void theDeliveryLinksToTheInvoiceInSevdesk() {
        Outcome.Delivered d = (Outcome.Delivered) connector().export(context, finalized(invoice("d1", "RE-1", anna())));
        assertEquals(sevdesk.baseUrl().replace("/api/v1", "") + "/#/fi/detail/type/RE/id/" + d.remoteId(), d.url());
    }

    @Test
    void aKnownCustomerCostsOneCheckAndIsNotCreatedAgain() {
        SevdeskConnector connector = connector();
        delivered(connector.export(context, finalized(invoice("d1", "RE-1", anna()))));
        sevdesk.control().clearRequests();
        delivered(connector.export(context, finalized(invoice("d2", "RE-2", anna()))));
        assertEquals(1, stored("Contact").size());
        assertEquals(
                List.of("GET", "POST", "PUT"),
                sevdesk.control().requests().stream().map(r -> r.method()).toList(),
                "contact check, saveInvoice, sendBy");
    }

    @Test
    void aContactThatAlreadyExistsByEmailIsUsedAndCompleted() throws ConnectorException {
        String existing;
        try (HttpJson http = HttpJson.create(HttpSettings.builder("seed").build())) {
            SevdeskClient seed = new SevdeskClient(http, sevdesk.baseUrl(), SevdeskSimulator.SANDBOX_TOKEN);
            existing = seed.createContact(
                    new ContactSave(null, "Anna", "Muster", null, null, "1000", Ref.of("Category", "3"), 1000));
            seed.createCommunicationWay(
                    SevdeskMapper.communicationWay(existing, anna(), "EMAIL", "ANNA@example.com", true));
            String other = seed.createContact(
                    new ContactSave("Annas Hundesalon", null, null, null, null, null, Ref.of("Category", "3"), 1000));
            seed.createCommunicationWay(
                    SevdeskMapper.communicationWay(other, anna(), "EMAIL", "anna@example.com.au", true));
        }
        String id = delivered(connector().export(context, finalized(invoice("d1", "RE-1", anna()))));
        assertEquals(existing, refId(storedInvoice(id), "contact"));
        assertEquals(2, stored("Contact").size(), "no new contact");
        assertEquals("1000", stored("Contact").get(0).get("customerNumber"), "sevdesk's own number stays");
        assertEquals(1, stored("ContactAddress").size(), "the address it lacked was added");
        assertEquals(3, stored("CommunicationWay").size(), "its e-mail kept (not added twice), the phone added");
    }

    @Test
    void changedCustomerDataIsWrittenAndOnlyWhatChanged() {
        SevdeskConnector connector = connector();
        delivered(connector.export(context, finalized(invoice("d1", "RE-1", anna()))));
        Party moved = new Party(
                "anna.neu@example.com",
                null,
                null,
                "Anna",
                "Schmidt",
                "Neue Str. 5",
                "10117",
                "Berlin",
                "DE",
                "+49 30 123456",
                null,
                "K-1001");
        sevdesk.control().clearRequests();
        delivered(connector.export(context, finalized(invoice("d2", "RE-2", moved))));

        assertEquals(1, stored("Contact").size());
        assertEquals("Schmidt", stored("Contact").get(0).get("familyname"));
        assertEquals(
                List.of("Hauptstr. 1", "Neue Str. 5"),
                stored("ContactAddress").stream().map(a -> a.get("street")).toList());
        assertEquals(
                List.of("anna@example.com", "anna.neu@example.com"),
                stored("CommunicationWay").stream()
                        .filter(w -> "EMAIL".equals(w.get("type")))
                        .map(w -> w.get("value"))
                        .toList());
        assertEquals(
                1,
                stored("CommunicationWay").stream()
                        .filter(w -> "PHONE".equals(w.get("type")))
                        .count());
        assertFalse(
                sevdesk.control().requests().stream().anyMatch(r -> r.query().contains("type=PHONE")),
                "the unchanged phone number is not even looked at");
        sevdesk.control().clearRequests();
        delivered(connector.export(context, finalized(invoice("d3", "RE-3", moved))));
        assertEquals(3, sevdesk.control().requests().size(), "nothing changed: nothing written");
    }

    @Test
    void aCustomerNumberThatSevdeskGaveSomeoneElseIsNotTaken() throws ConnectorException {
        try (HttpJson http = HttpJson.create(HttpSettings.builder("seed").build())) {
            new SevdeskClient(http, sevdesk.baseUrl(), SevdeskSimulator.SANDBOX_TOKEN)
                    .createContact(new ContactSave(
                            "Tierarzt Dr. Wuff", null, null, null, null, "K-1001", Ref.of("Category", "3"), 1000));
        }
        String id = delivered(connector().export(context, finalized(invoice("d1", "RE-1", anna()))));
        Map<String, Object> created = stored("Contact").get(1);
        assertEquals(created.get("id"), refId(storedInvoice(id), "contact"));
        assertNull(created.get("customerNumber"), "the number is taken in sevdesk");
    }

    @Test
    void oldBookkeepingGetsATaxTypeAndTheVersionIsRecheckedDaily() {
        sevdesk.setSystemVersion("1.0");
        SevdeskConnector connector = connector();
        String first = delivered(connector.export(context, finalized(invoice("d1", "RE-1", anna()))));
        assertEquals("default", storedInvoice(first).get("taxType"));
        assertNull(storedInvoice(first).get("taxRule"));
        sevdesk.setSystemVersion("2.0");
        clock.advance(Duration.ofHours(25));
        String second = delivered(connector.export(context, finalized(invoice("d2", "RE-2", anna()))));
        assertEquals("1", refId(storedInvoice(second), "taxRule"));
        assertEquals("2.0", context.memory().get(AccountFacts.VERSION));
    }

    @Test
    void aSmallBusinessInvoicesWithoutVat() {
        SevdeskConnector small = connector(settings("", true, "VPDF"));
        String id = delivered(small.export(
                context,
                finalized(
                        invoice("d1", "RE-1", anna(), List.of(Documents.line("Welpenkurs", "2", "h", "50.00", "0"))))));
        assertEquals("11", refId(storedInvoice(id), "taxRule"));
        assertEquals("1", storedInvoice(id).get("smallSettlement"));
        sevdesk.control().clearRequests();
        Outcome.Failed vat = (Outcome.Failed) small.export(context, finalized(invoice("d2", "RE-2", anna())));
        assertEquals(FailureKind.VALIDATION, vat.kind());
        assertTrue(vat.message().contains("charges VAT, but the connection is set to 'Small business"), vat.message());
        assertTrue(sevdesk.control().requests().isEmpty(), "refused before anything was written");
    }
}
