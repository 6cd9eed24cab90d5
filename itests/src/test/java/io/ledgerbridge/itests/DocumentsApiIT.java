package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.LineItem;
import io.ledgerbridge.model.Party;
import io.ledgerbridge.model.Totals;
import io.ledgerbridge.model.service.DocumentService;
import io.ledgerbridge.model.service.TenantService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The document REST API and the exported DocumentService, in the assembled distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DocumentsApiIT {
    @Inject
    DocumentService documentService;

    @Inject
    TenantService tenantService;

    private Api demo;
    private Api other;
    private Api admin;
    private int port;

    @Configuration
    public Option[] config() {
        return Distribution.options();
    }

    @Before
    public void waitForApi() throws InterruptedException {
        port = Integer.getInteger(Distribution.HTTP_PORT_PROPERTY);
        demo = new Api(port, "demo", "demo");
        other = new Api(port, "other", "other");
        admin = new Api(port, "admin", "admin");
        Await.until(
                "the REST API answers",
                60,
                () -> demo.get("/tenants").status() == 200
                        && demo.get("/documents").status() == 200);
    }

    @Test
    public void everyCallRequiresASignedInUserWithARole() {
        assertEquals(401, new Api(port, null, null).get("/documents").status());
        assertEquals(401, new Api(port, "demo", "wrong").get("/documents").status());
        Api.Response stranger = new Api(port, "stranger", "stranger").get("/documents");
        assertEquals(403, stranger.status());
        assertTrue(stranger.json().at("/error/message").asText().contains("no Ledgerbridge role"));
    }

    @Test
    public void submitReadAndRepeatIdempotently() {
        Api.Response created = demo.post("/documents", Payloads.invoice("it-1", "RE-IT-1"));
        assertEquals(created.body(), 201, created.status());
        String id = created.json().get("id").asText();
        assertEquals("DRAFT", created.json().at("/state/status").asText());
        assertEquals("demo", created.json().get("tenantId").asText());
        assertTrue("money keeps its scale: " + created.body(), created.body().contains("\"gross\":119.00"));

        Api.Response again = demo.post("/documents", Payloads.invoice("it-1", "RE-IT-1"));
        assertEquals(200, again.status());
        assertEquals(id, again.json().get("id").asText());
        Api.Response changed = demo.post("/documents", Payloads.invoice("it-1", "RE-IT-CHANGED"));
        assertEquals(409, changed.status());
        assertTrue(changed.json().at("/error/message").asText().contains("already used"));

        JsonNode read = demo.get("/documents/" + id).json();
        assertEquals("RE-IT-1", read.get("number").asText());
        assertEquals("Anna", read.at("/party/firstName").asText());
        String sha = read.at("/attachments/0/sha256").asText();
        Api.Response pdf = demo.get("/documents/" + id + "/attachments/" + sha);
        assertEquals(200, pdf.status());
        assertEquals("%PDF-1.4 invoice", pdf.body());
    }

    @Test
    public void aRepeatedNumberIsWarnedAndTheCustomersContactCanBeCorrected() {
        String first = demo.post("/documents", Payloads.invoice("it-dup-1", "RE-DUP"))
                .json()
                .get("id")
                .asText();
        Api.Response second = demo.post("/documents", Payloads.invoice("it-dup-2", "RE-DUP"));
        assertEquals(second.body(), 201, second.status());
        assertEquals(
                second.body(),
                "DUPLICATE_NUMBER",
                second.json().at("/warnings/0/code").asText());
        assertTrue(
                second.body(), second.json().at("/warnings/0/message").asText().contains("document " + first));
        String id = second.json().get("id").asText();
        assertEquals(
                "the list shows it too",
                "DUPLICATE_NUMBER",
                demo.get("/documents/" + id).json().at("/warnings/0/code").asText());

        Api.Response bad =
                demo.put("/documents/" + id + "/party", "{\"email\":\"anna.example.com\",\"lastName\":\"Muster\"}");
        assertEquals(bad.body(), 422, bad.status());
        assertEquals("party.email", bad.json().at("/error/fields/0/field").asText());
        Api.Response fixed =
                demo.put("/documents/" + id + "/party", "{\"email\":\"anna@muster.de\",\"lastName\":\"Muster\"}");
        assertEquals(fixed.body(), 200, fixed.status());
        assertEquals(
                "anna@muster.de",
                demo.get("/documents/" + id).json().at("/party/email").asText());
        assertEquals(
                404,
                other.put("/documents/" + id + "/party", "{\"lastName\":\"X\"}").status());

        Api.Response filter = demo.get("/documents?transferStatus=LOST");
        assertEquals(400, filter.status());
        assertTrue(filter.body(), filter.body().contains("NEEDS_ATTENTION"));
        assertEquals(200, demo.get("/documents?transferStatus=NEEDS_ATTENTION").status());
    }

    @Test
    public void lifecycleFollowsTheStateMachine() {
        String id = demo.post("/documents", Payloads.invoice("it-life", "RE-LIFE"))
                .json()
                .get("id")
                .asText();
        Api.Response early = demo.post("/documents/" + id + "/send", null);
        assertEquals(409, early.status());
        assertEquals(
                "a DRAFT cannot be sent; finalize the document first",
                early.json().at("/error/message").asText());
        assertEquals(
                "FINALIZED",
                demo.post("/documents/" + id + "/finalize", null)
                        .json()
                        .at("/state/status")
                        .asText());
        assertEquals(
                "APPROVED",
                demo.post("/documents/" + id + "/approve", null)
                        .json()
                        .at("/state/approval")
                        .asText());
        assertEquals(
                "SENT",
                demo.post("/documents/" + id + "/send", null)
                        .json()
                        .at("/state/status")
                        .asText());
        assertEquals(
                "PAID",
                demo.post("/documents/" + id + "/mark-paid", null)
                        .json()
                        .at("/state/paymentStatus")
                        .asText());
        assertEquals(409, demo.post("/documents/" + id + "/cancel", null).status());
        assertEquals(404, demo.post("/documents/" + id + "/explode", null).status());
        JsonNode paid = demo.get("/documents?paymentStatus=PAID&status=SENT").json();
        assertTrue(paid.get("items").findValuesAsText("id").contains(id));
    }

    @Test
    public void badInputIsRejectedByFieldAndStoresNothing() {
        int before = demo.get("/documents?limit=500").json().get("items").size();
        assertEquals(400, demo.post("/documents", "{\"sourceId\": ").status());
        Api.Response unknown = demo.post("/documents", "{\"sourceId\":\"x\",\"colour\":\"red\"}");
        assertEquals(400, unknown.status());
        assertEquals("colour", unknown.json().at("/error/fields/0/field").asText());
        Api.Response wrongType = demo.post("/documents", "{\"lines\":[{\"quantity\":\"many\"}]}");
        assertEquals(
                "lines[0].quantity",
                wrongType.json().at("/error/fields/0/field").asText());
        Api.Response missing = demo.post("/documents", "{\"sourceId\":\"x\"}");
        assertEquals(422, missing.status());
        assertTrue(missing.json()
                .at("/error/fields")
                .findValuesAsText("field")
                .containsAll(List.of("type", "number", "currency")));
        String badTotals = Payloads.invoice("it-bad", "RE-BAD")
                .replace("\"gross\":119.00", "\"gross\":118.00")
                .replace("\"currency\":\"EUR\"", "\"currency\":\"EURO\"");
        Api.Response totals = demo.post("/documents", badTotals);
        assertEquals(422, totals.status());
        assertEquals(
                List.of("currency", "totals.gross"),
                totals.json().at("/error/fields").findValuesAsText("field"));
        assertEquals(
                415, demo.post("/documents", "text/plain", "hello".getBytes()).status());
        assertEquals(
                413,
                demo.post("/documents", "application/json", new byte[11 * 1024 * 1024])
                        .status());
        assertEquals(400, demo.get("/documents?type=INVOICE").status());
        assertEquals(400, demo.get("/documents?colour=red").status());
        assertFalse(totals.body().contains("Exception"));
        assertEquals(
                before, demo.get("/documents?limit=500").json().get("items").size());
    }

    @Test
    public void partnersSeeOnlyTheirOwnTenantAndClients() {
        String own = demo.post("/documents", Payloads.invoice("it-scope", "RE-SCOPE"))
                .json()
                .get("id")
                .asText();
        Api.Response forClient =
                demo.post("/documents", Payloads.invoice("it-client", "RE-CLIENT", "demo-hundeschule"));
        assertEquals(201, forClient.status());
        String clientDoc = forClient.json().get("id").asText();

        assertEquals(404, other.get("/documents/" + own).status());
        assertEquals(404, other.get("/documents/" + clientDoc).status());
        assertEquals(404, other.post("/documents/" + own + "/finalize", null).status());
        assertEquals(
                404,
                other.post("/documents", Payloads.invoice("x", "X", "demo")).status());
        assertEquals(
                0, other.get("/documents?tenantId=demo").json().get("items").size());
        assertFalse(other.get("/documents")
                .json()
                .get("items")
                .findValuesAsText("tenantId")
                .contains("demo"));
        assertEquals(List.of("other"), other.get("/tenants").json().get("items").findValuesAsText("id"));

        assertEquals(200, demo.get("/documents/" + clientDoc).status());
        assertEquals(200, admin.get("/documents/" + own).status());
        assertTrue(
                admin.get("/tenants").json().get("items").findValuesAsText("id").containsAll(List.of("demo", "other")));
    }

    @Test
    public void inProcessModulesUseTheExportedService() {
        DocumentDraft draft = new DocumentDraft(
                "demo",
                "osgi-1",
                DocumentType.RECEIPT,
                Direction.INCOMING,
                "B-1",
                LocalDate.of(2026, 11, 3),
                null,
                null,
                "EUR",
                List.of(new LineItem("Paper", BigDecimal.ONE, null, new BigDecimal("10.00"), new BigDecimal("19"))),
                new Totals(new BigDecimal("10.00"), new BigDecimal("1.90"), new BigDecimal("11.90")),
                new Party(null, "Papier AG", null, null, null, null, null, null, "DE", null, null, null),
                null,
                null);
        String id = documentService
                .create(tenantService.scopeOf("demo"), draft)
                .document()
                .id();
        Api.Response viaRest = demo.get("/documents/" + id);
        assertEquals(200, viaRest.status());
        assertEquals("INCOMING", viaRest.json().get("direction").asText());
        assertEquals(
                1,
                demo.get("/documents?type=RECEIPT&direction=INCOMING&issuedFrom=2026-11-03&issuedTo=2026-11-03")
                        .json()
                        .get("items")
                        .size());
    }
}
