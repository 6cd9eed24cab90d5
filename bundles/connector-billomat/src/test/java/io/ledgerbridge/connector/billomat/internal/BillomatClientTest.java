package io.ledgerbridge.connector.billomat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.connector.billomat.internal.dto.InvoiceDto;
import io.ledgerbridge.connector.billomat.internal.dto.ItemDto;
import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.sandbox.BillomatSimulator;
import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.ManualClock;
import io.ledgerbridge.sandbox.RecordedRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every call of the client against the Billomat simulator, and how each failure is classified and explained. */
class BillomatClientTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-02T10:07:30Z"));
    private final BillomatSimulator billomat = BillomatSimulator.builder()
            .clock(clock)
            .rateLimit(Duration.ofMinutes(15), 300, 1000)
            .start();
    private final HttpJson http =
            HttpJson.create(HttpSettings.builder("billomat").build());
    private final QuotaGuard quota = new QuotaGuard(clock);
    private final ExportMapper mapper = new ExportMapper(http.mapper());

    @AfterEach
    void stop() {
        http.close();
        billomat.close();
    }

    private BillomatClient client(String billomatId, String key) {
        return new BillomatClient(
                http,
                billomat.baseUrl(billomatId),
                billomatId,
                new BillomatClient.Credentials(key, null, null),
                quota,
                0);
    }

    private BillomatClient client() {
        return client("sandbox", BillomatSimulator.SANDBOX_API_KEY);
    }

    @Test
    void myselfReadsTheAccountAndTheRateLimitHeaders() throws ConnectorException {
        assertTrue(client().myself().name() != null);
        assertEquals(299, quota.status().remaining());
        assertEquals(Instant.parse("2026-11-02T10:15:00Z"), quota.status().resetAt());
        RecordedRequest call = billomat.control().requests().get(0);
        assertEquals("/sandbox/api/clients/myself", call.path());
    }

    @Test
    void clientsAreCreatedReadAndFoundBySubstringOfTheirEmail() throws ConnectorException {
        String id = client().createClient(mapper.client(Documents.party("K-1", "anna@example.com")));
        client().createClient(mapper.client(Documents.party("K-2", "hanna@example.com")));
        assertEquals("Hundeschule Bello", client().client(id).orElseThrow().name());
        assertEquals("DE", client().client(id).orElseThrow().countryCode());
        assertEquals(2, client().clientsByEmail("anna@example.com").size(), "Billomat matches substrings");
        assertTrue(client().client("999999").isEmpty(), "an unknown client id is absent, not an error");
    }

    @Test
    void invoicesAreCreatedAsDraftsWithTheirItemsAndCompletedWithTheKeptNumber() throws ConnectorException {
        String clientId = client().createClient(mapper.client(Documents.party("K-1", "anna@example.com")));
        InvoiceNumber number = InvoiceNumber.parse("RE-2026-0042").orElseThrow();
        InvoiceDto draft =
                client().createInvoice(mapper.invoice(Documents.invoice("d1", "RE-2026-0042"), clientId, number));
        assertTrue(draft.draft());
        assertNull(draft.invoiceNumber(), "no number before complete");
        List<ItemDto> items = client().invoiceItems(draft.id());
        assertEquals(2, items.size());
        assertEquals(0, new BigDecimal("50.00").compareTo(items.get(0).unitPrice()));
        client().completeInvoice(draft.id());
        InvoiceDto open = client().invoice(draft.id()).orElseThrow();
        assertEquals("OPEN", open.status());
        assertEquals("RE-2026-0042", open.invoiceNumber());
        assertEquals(0, new BigDecimal("129.70").compareTo(open.totalGross()));
        ConnectorException again = assertThrows(ConnectorException.class, () -> client().completeInvoice(draft.id()));
        assertEquals(422, again.httpStatus());
        assertEquals(Kind.VALIDATION, again.kind());
        assertEquals(
                Kind.NOT_FOUND,
                assertThrows(ConnectorException.class, () -> client().completeInvoice("424242"))
                        .kind());
    }

    @Test
    void invoiceListsAreFilteredPagedAndInIdOrder() throws ConnectorException {
        String clientId = client().createClient(mapper.client(Documents.party("K-1", "anna@example.com")));
        for (int i = 1; i <= 3; i++) {
            client().createInvoice(mapper.invoice(
                    Documents.invoice("d" + i, "RE-" + i),
                    clientId,
                    InvoiceNumber.parse("RE-" + i).orElseThrow()));
        }
        var page = client().invoices(Map.of("status", "DRAFT"), 2, 2);
        assertEquals(
                List.of(3L), page.items().stream().map(InvoiceDto::numericId).toList());
        assertEquals(3, page.total());
        assertFalse(page.hasMore());
        assertTrue(client().invoices(Map.of("status", "PAID"), 1, 10).items().isEmpty());
        String query = billomat.control()
                .requests()
                .get(billomat.control().requests().size() - 1)
                .query();
        assertTrue(query.contains("order_by=id+ASC"), query);
    }

    @Test
    void paymentsMarkOpenInvoicesPaidAndDraftsAreRefused() throws ConnectorException {
        String clientId = client().createClient(mapper.client(Documents.party("K-1", "anna@example.com")));
        var document = Documents.invoice("d1", "RE-7");
        InvoiceDto draft = client().createInvoice(mapper.invoice(
                document, clientId, InvoiceNumber.parse("RE-7").orElseThrow()));
        ConnectorException early = assertThrows(
                ConnectorException.class, () -> client().createPayment(mapper.payment(document, draft.id())));
        assertEquals(422, early.httpStatus());
        client().completeInvoice(draft.id());
        client().createPayment(mapper.payment(document, draft.id()));
        assertEquals("PAID", client().invoice(draft.id()).orElseThrow().status());
    }

    @Test
    void inboxDocumentsKeepTheirMetadataAndAreListedWithoutTheirFile() throws ConnectorException {
        ObjectNode body = mapper.inboxDocument(Documents.invoice("d9", "RE-9"), "RE-9.pdf", "%PDF-1.4 test".getBytes());
        String id = client().createInboxDocument(body);
        var listed = client().inboxDocuments(1, 100);
        assertEquals(1, listed.items().size());
        assertEquals(id, listed.items().get(0).id());
        assertEquals("d9", listed.items().get(0).metadata().get(ExportMapper.DOCUMENT_KEY));
        assertEquals("RE-9", listed.items().get(0).metadata().get("INVOICE_NUMBER"));
        body.with("inbox-document").put("base64file", "not base64!");
        assertEquals(
                Kind.VALIDATION,
                assertThrows(ConnectorException.class, () -> client().createInboxDocument(body))
                        .kind());
    }

    @Test
    void failuresAreClassifiedAndExplained() {
        ConnectorException unknown = assertThrows(
                ConnectorException.class, () -> client("nobody", "k").myself());
        assertEquals(Kind.CONFIGURATION, unknown.kind());
        assertTrue(unknown.getMessage().contains("does not know the Billomat ID 'nobody'"), unknown.getMessage());
        ConnectorException wrongKey = assertThrows(
                ConnectorException.class, () -> client("sandbox", "wrong-key").myself());
        assertEquals(Kind.AUTH, wrongKey.kind());
        assertTrue(wrongKey.getMessage().contains("Einstellungen > API-Zugriff"), wrongKey.getMessage());
        assertFalse(wrongKey.getMessage().contains("wrong-key"), "the key is never shown");
        billomat.control().inject(Fault.status(403, "Forbidden").onPath("/clients"));
        ConnectorException rights = assertThrows(ConnectorException.class, () -> client().myself());
        assertEquals(Kind.PERMISSION, rights.kind());
        assertTrue(rights.getMessage().contains("Einstellungen > Mitarbeiter"), rights.getMessage());
        billomat.control().inject(Fault.status(503).onPath("/clients"));
        ConnectorException down = assertThrows(ConnectorException.class, () -> client().myself());
        assertEquals(Kind.PROTOCOL, down.kind());
        assertTrue(down.uncertain());
        billomat.control().inject(Fault.drop().onPath("/invoices").times(2));
        assertEquals(
                Kind.TRANSPORT,
                assertThrows(ConnectorException.class, () -> client().createInvoice(mapper.invoice(
                                Documents.invoice("x", "RE-1"),
                                "1",
                                InvoiceNumber.parse("RE-1").orElseThrow())))
                        .kind());
    }

    @Test
    void aFullWindowAnswers429WithTheWaitUntilTheResetAndThenNothingIsSent() throws ConnectorException {
        billomat.setRateLimit(Duration.ofMinutes(15), 2, 1000);
        QuotaGuard blind = new QuotaGuard(clock);
        BillomatClient other = new BillomatClient(
                http,
                billomat.baseUrl(),
                "sandbox",
                new BillomatClient.Credentials(BillomatSimulator.SANDBOX_API_KEY, null, null),
                blind,
                0);
        other.myself();
        other.myself(); // another tool used the shared window up: this client's first call gets the 429
        ConnectorException limited = assertThrows(ConnectorException.class, () -> client().myself());
        assertEquals(Kind.RATE_LIMIT, limited.kind());
        assertEquals(Duration.ofSeconds(450), limited.retryAfter().orElseThrow());
        int sent = billomat.control().requests().size();
        ConnectorException held = assertThrows(ConnectorException.class, () -> client().myself());
        assertEquals(Kind.RATE_LIMIT, held.kind());
        assertEquals(sent, billomat.control().requests().size(), "the guard sends nothing into a full window");
        clock.advance(Duration.ofSeconds(450));
        assertTrue(client().myself().name() != null, "the next window is open again");
    }
}
