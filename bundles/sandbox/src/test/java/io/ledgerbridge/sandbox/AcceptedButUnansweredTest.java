package io.ledgerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crash window of a client: accept-then-stall and accept-then-drop faults perform the create (the object exists
 * and is counted) while the client never sees an answer.
 */
class AcceptedButUnansweredTest {
    private static final String SAVE_INVOICE = "/Invoice/Factory/saveInvoice";

    @Test
    void aStalledCreateExistsAndIsCountedWhileTheClientWaitsInVain() throws Exception {
        try (SevdeskSimulator sevdesk = SevdeskSimulator.start(0)) {
            Http api = Http.to(sevdesk.baseUrl()).header("Authorization", SevdeskSimulator.SANDBOX_TOKEN);
            String contact = SevdeskContactsTest.createOrganisation(api, "ACME GmbH", "K-1");
            sevdesk.control()
                    .inject(Fault.acceptThenStall(Duration.ofSeconds(30))
                            .onPath(SAVE_INVOICE)
                            .times(2));

            Http impatient = Http.to(sevdesk.baseUrl())
                    .header("Authorization", SevdeskSimulator.SANDBOX_TOKEN)
                    .timeout(Duration.ofMillis(500));
            for (String number : List.of("RE-1", "RE-2")) {
                byte[] body = invoice(contact, number);
                assertThrows(
                        HttpTimeoutException.class,
                        () -> impatient.trySend("POST", SAVE_INVOICE, body, "application/json"));
            }
            assertEquals(1, sevdesk.control().createCount(SevdeskSimulator.INVOICE_NUMBER, "RE-1"));
            assertEquals(1, sevdesk.control().createCount(SevdeskSimulator.INVOICE_NUMBER, "RE-2"));
            assertEquals(2, sevdesk.control().snapshot("Invoice").size());
            assertEquals(
                    List.of(0, 0),
                    sevdesk.control().requests().stream()
                            .filter(r -> r.path().endsWith(SAVE_INVOICE))
                            .map(RecordedRequest::status)
                            .toList(),
                    "the log shows no answer for the stalled creates");
            assertEquals(
                    201,
                    api.sendBytes("POST", SAVE_INVOICE, invoice(contact, "RE-3"), "application/json")
                            .status(),
                    "times(2): the third create is answered");
        }
    }

    @Test
    void aDroppedCreateOverTheControlApiExistsThoughTheClientSawTheConnectionClose() throws Exception {
        try (SevdeskSimulator sevdesk = SevdeskSimulator.start(0)) {
            Http api = Http.to(sevdesk.baseUrl()).header("Authorization", SevdeskSimulator.SANDBOX_TOKEN);
            String contact = SevdeskContactsTest.createOrganisation(api, "ACME GmbH", "K-1");
            Http control = Http.to(sevdesk.rootUrl());
            Http.Reply added = control.post(
                    "/__sim/faults",
                    "{\"type\":\"accept-then-drop\",\"path\":\"" + SAVE_INVOICE + "\",\"method\":\"POST\"}");
            assertEquals(201, added.status(), added.text());
            assertEquals(
                    "accept-then-drop",
                    control.get("/__sim/faults").json().at("/0/type").asText());

            byte[] body = invoice(contact, "RE-9");
            assertThrows(IOException.class, () -> api.trySend("POST", SAVE_INVOICE, body, "application/json"));
            assertEquals(1, sevdesk.control().createCount(SevdeskSimulator.INVOICE_NUMBER, "RE-9"));
            assertEquals(
                    "RE-9",
                    api.get("/Invoice?invoiceNumber=RE-9")
                            .at("/objects/0/invoiceNumber")
                            .asText());
        }
    }

    @Test
    void aStallOverTheControlApiKeepsItsHoldTimeAndRejectsANegativeOne() {
        try (BillomatSimulator billomat = BillomatSimulator.start(0)) {
            Http control = Http.to(billomat.rootUrl());
            Http.Reply added = control.post(
                    "/__sim/faults", "{\"type\":\"accept-then-stall\",\"holdMs\":45000,\"path\":\"/invoices\"}");
            assertEquals(201, added.status(), added.text());
            Fault queued = billomat.control().faults().get(0);
            assertEquals(Fault.Kind.ACCEPT_THEN_STALL, queued.kind());
            assertEquals(Duration.ofSeconds(45), queued.duration());
            assertEquals(
                    45000, control.get("/__sim/faults").json().at("/0/holdMs").asLong());
            assertEquals(
                    400,
                    control.post("/__sim/faults", "{\"type\":\"accept-then-stall\",\"holdMs\":-1}")
                            .status());
        }
    }

    private static byte[] invoice(String contactId, String number) {
        return SevdeskInvoicesTest.invoiceBody(contactId, number, "100", SevdeskInvoicesTest.TAX_RULE)
                .getBytes(StandardCharsets.UTF_8);
    }
}
