package io.ledgerbridge.connector.sevdesk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.sevdesk.internal.SevdeskMapper.InvoiceContext;
import io.ledgerbridge.connector.sevdesk.internal.SevdeskMapper.Tax;
import io.ledgerbridge.connector.sevdesk.internal.SevdeskMapper.VoucherContext;
import io.ledgerbridge.connector.sevdesk.internal.dto.BookAmount;
import io.ledgerbridge.connector.sevdesk.internal.dto.CheckAccount;
import io.ledgerbridge.connector.sevdesk.internal.dto.Contact;
import io.ledgerbridge.connector.sevdesk.internal.dto.ContactSave;
import io.ledgerbridge.connector.sevdesk.internal.dto.Invoice;
import io.ledgerbridge.connector.sevdesk.internal.dto.InvoiceSave;
import io.ledgerbridge.connector.sevdesk.internal.dto.Ref;
import io.ledgerbridge.connector.sevdesk.internal.dto.SendBy;
import io.ledgerbridge.connector.sevdesk.internal.dto.Voucher;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.sandbox.Fault;
import io.ledgerbridge.sandbox.SevdeskSimulator;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every call of the sevdesk client, and every kind of failure, against the sevdesk simulator on a free port. */
class SevdeskClientTest {
    private static SevdeskSimulator sevdesk;
    private static HttpJson http;
    private SevdeskClient client;

    @BeforeAll
    static void start() {
        sevdesk = SevdeskSimulator.start(0);
        http = HttpJson.create(HttpSettings.builder("sevdesk")
                .responseTimeout(Duration.ofSeconds(1))
                .build());
    }

    @AfterAll
    static void stop() {
        http.close();
        sevdesk.close();
    }

    @BeforeEach
    void reset() {
        sevdesk.control().reset();
        client = new SevdeskClient(http, sevdesk.baseUrl(), SevdeskSimulator.SANDBOX_TOKEN);
    }

    @Test
    void readsTheAccountFacts() throws ConnectorException {
        assertEquals("2.0", client.bookkeepingSystemVersion());
        sevdesk.setSystemVersion("1.0");
        assertEquals("1.0", client.bookkeepingSystemVersion());
        assertEquals(Optional.of("1"), client.firstUserId());
        CheckAccount account = client.checkAccounts().get(0);
        assertEquals("5000", account.id());
        assertFalse(account.isOnline());
        assertTrue(client.countries().stream().anyMatch(c -> "1".equals(c.id()) && "de".equals(c.code())));
    }

    @Test
    void createsReadsFindsAndUpdatesContacts() throws ConnectorException {
        String id = client.createContact(new ContactSave(
                "Hundeverein Bello e.V.", null, null, null, null, "K-7", Ref.of("Category", "3"), 1000));
        client.createContact(
                new ContactSave(null, "Anna", "Muster", null, null, "K-77", Ref.of("Category", "3"), 1000));
        assertEquals("Hundeverein Bello e.V.", client.contact(id).orElseThrow().displayName());
        assertEquals(Optional.empty(), client.contact("424242"), "404 means gone");
        assertEquals(
                List.of("K-7"),
                client.contactsByCustomerNumber("K-7").stream()
                        .map(Contact::customerNumber)
                        .toList());
        assertEquals("Anna Muster", client.contactsByName("Muster").get(0).displayName(), "persons are found too");

        client.updateContact(id, new ContactSave("Hundeverein Bello", null, null, null, "DE1", null, null, null));
        assertEquals("Hundeverein Bello", client.contact(id).orElseThrow().name());
        assertEquals("K-7", client.contact(id).orElseThrow().customerNumber(), "an update keeps what it leaves out");
    }

    @Test
    void addsAndListsAddressesAndCommunicationWays() throws ConnectorException {
        Party anna = Documents.anna();
        String id = client.createContact(SevdeskMapper.newContact(anna, "3", anna.customerNumber()));
        client.createAddress(SevdeskMapper.address(id, anna, "1"));
        client.createCommunicationWay(SevdeskMapper.communicationWay(id, anna, "EMAIL", anna.email(), true));
        client.createCommunicationWay(SevdeskMapper.communicationWay(id, anna, "PHONE", anna.phone(), true));
        assertEquals("Hauptstr. 1", client.addresses(id).get(0).street());
        assertEquals("1", client.addresses(id).get(0).country().id());
        assertEquals(
                List.of("anna@example.com"),
                client.communicationWays(id, "EMAIL").stream()
                        .map(w -> w.value())
                        .toList());
        assertEquals(1, client.communicationWays(id, "PHONE").size());
        assertTrue(
                sevdesk.control().requests().stream()
                        .anyMatch(r -> r.query().contains("contact%5BobjectName%5D=Contact")
                                || r.query().contains("contact[objectName]=Contact")),
                "filters by reference with its object name");
    }

    @Test
    void findsAContactByItsWholeEmailAddressAcrossPages() throws ConnectorException {
        SevdeskClient paging = new SevdeskClient(http, sevdesk.baseUrl(), SevdeskSimulator.SANDBOX_TOKEN, 2);
        String last = null;
        for (int i = 1; i <= 5; i++) {
            last = client.createContact(
                    new ContactSave(null, "P" + i, "Person", null, null, null, Ref.of("Category", "3"), 1000));
            client.createCommunicationWay(
                    SevdeskMapper.communicationWay(last, Documents.anna(), "EMAIL", "p" + i + "@example.com", true));
        }
        sevdesk.control().clearRequests();
        assertEquals(Optional.of(last), paging.contactIdByEmail(" P5@Example.com "));
        assertEquals(3, sevdesk.control().requests().size(), "three pages of two");
        assertEquals(Optional.empty(), paging.contactIdByEmail("p5@example.co"), "no substring matches");
        assertEquals(Optional.empty(), paging.contactIdByEmail("5@example.com"));
    }

    @Test
    void savesFindsSendsAndBooksInvoices() throws ConnectorException {
        Party anna = Documents.anna();
        String contact = client.createContact(SevdeskMapper.newContact(anna, "3", anna.customerNumber()));
        InvoiceContext context = new InvoiceContext(contact, "1", "1", true, Tax.STANDARD);
        Invoice saved = client.saveInvoice(SevdeskMapper.invoice(Documents.invoice("d1", "RE-1", anna), context));
        client.saveInvoice(SevdeskMapper.invoice(Documents.invoice("d2", "RE-10", anna), context));
        assertEquals("RE-1", saved.invoiceNumber());
        assertTrue(saved.isDraft());
        assertEquals(new BigDecimal("133.88"), saved.sumGross());
        assertEquals(
                List.of(saved.id()),
                client.invoicesByNumber("RE-1").stream().map(Invoice::id).toList());

        client.sendBy(saved.id(), new SendBy("VPDF", false));
        assertEquals("200", client.invoice(saved.id()).orElseThrow().status());
        client.bookAmount(
                saved.id(),
                new BookAmount(
                        new BigDecimal("133.88"), 1_795_000_000L, "FULL_PAYMENT", Ref.of("CheckAccount", "5000")));
        assertTrue(client.invoice(saved.id()).orElseThrow().isPaid());
        assertEquals(Optional.empty(), client.invoice("424242"));
    }

    @Test
    void uploadsAFileAndSavesAndFindsVouchers() throws ConnectorException {
        byte[] pdf = "%PDF-1.4 receipt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String file = client.uploadTempFile("B-1.pdf", "application/pdf", pdf);
        assertTrue(file.endsWith(".pdf"), file);
        Document receipt = Documents.withAttachments(
                Documents.document("r1", DocumentType.RECEIPT, "B-1", Documents.supplier(), Documents.puppyCourse()),
                Direction.INCOMING,
                List.of());
        Voucher saved =
                client.saveVoucher(SevdeskMapper.voucher(receipt, new VoucherContext(file, "27", true, false, false)));
        client.saveVoucher(SevdeskMapper.voucher(
                Documents.document("r2", DocumentType.RECEIPT, "B-10", Documents.supplier(), Documents.puppyCourse()),
                new VoucherContext(null, "27", true, false, false)));
        assertEquals("B-1", saved.description());
        assertEquals(
                List.of(saved.id()),
                client.vouchersByDescription("B-1").stream().map(Voucher::id).toList());
        assertEquals(file, sevdesk.control().snapshot("Voucher").get(0).get("document"));
        ConnectorException noAccount = assertThrows(
                ConnectorException.class,
                () -> client.saveVoucher(
                        SevdeskMapper.voucher(receipt, new VoucherContext(null, "none", true, false, false))));
        assertEquals(Kind.VALIDATION, noAccount.kind());
        assertTrue(noAccount.getMessage().contains("accountDatev"), noAccount.getMessage());
    }

    @Test
    void sevdesksOwnValidationMessageIsKept() throws ConnectorException {
        String contact = client.createContact(SevdeskMapper.newContact(Documents.anna(), "3", "K-1"));
        InvoiceSave withTaxTypeOnly = SevdeskMapper.invoice(
                Documents.invoice("d1", "RE-1", Documents.anna()),
                new InvoiceContext(contact, "1", "1", false, Tax.STANDARD));
        ConnectorException e = assertThrows(ConnectorException.class, () -> client.saveInvoice(withTaxTypeOnly));
        assertEquals(Kind.VALIDATION, e.kind());
        assertEquals(422, e.httpStatus());
        assertTrue(e.getMessage().contains("taxRule is required with sevdesk Update 2.0"), e.getMessage());
        assertFalse(e.uncertain());
    }

    @Test
    void failuresAreClassified() {
        SevdeskClient wrongToken = new SevdeskClient(http, sevdesk.baseUrl(), "ffffffffffffffffffffffffffffffff");
        assertFailure(Kind.AUTH, false, wrongToken::bookkeepingSystemVersion);
        sevdesk.setPlanLacksApi(true);
        assertFailure(Kind.PERMISSION, false, client::bookkeepingSystemVersion);
        sevdesk.setPlanLacksApi(false);
        sevdesk.control().inject(Fault.status(429).onPath("/Tools"));
        assertFailure(Kind.RATE_LIMIT, false, client::bookkeepingSystemVersion);
        sevdesk.control().inject(Fault.status(503).onPath("/Tools"));
        assertFailure(Kind.PROTOCOL, true, client::bookkeepingSystemVersion);
        sevdesk.control()
                .inject(Fault.timeout(Duration.ofSeconds(3)).onPath("/Contact").onMethod("POST"));
        assertFailure(
                Kind.TRANSPORT,
                true,
                () -> client.createContact(SevdeskMapper.newContact(Documents.anna(), "3", null)));
    }

    @Test
    void anUnreachableSevdeskIsACertainTransportFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SevdeskClient nowhere =
                new SevdeskClient(http, "http://127.0.0.1:" + closedPort + "/api/v1", SevdeskSimulator.SANDBOX_TOKEN);
        assertFailure(Kind.TRANSPORT, false, nowhere::bookkeepingSystemVersion);
    }

    private interface Call {
        Object run() throws ConnectorException;
    }

    private static void assertFailure(Kind kind, boolean uncertain, Call call) {
        ConnectorException e = assertThrows(ConnectorException.class, call::run);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(uncertain, e.uncertain(), e.toString());
        assertFalse(e.getMessage().contains(SevdeskSimulator.SANDBOX_TOKEN), "never the token in a message");
    }
}
