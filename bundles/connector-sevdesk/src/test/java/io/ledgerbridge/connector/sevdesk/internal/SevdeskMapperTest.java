package io.ledgerbridge.connector.sevdesk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.connector.kit.HttpJson;
import io.ledgerbridge.connector.kit.HttpSettings;
import io.ledgerbridge.connector.sevdesk.internal.SevdeskMapper.InvoiceContext;
import io.ledgerbridge.connector.sevdesk.internal.SevdeskMapper.Tax;
import io.ledgerbridge.connector.sevdesk.internal.dto.ContactSave;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.Party;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mapping of documents and customers to sevdesk's wire format, as JSON the way the client sends it. */
class SevdeskMapperTest {
    private static HttpJson http;

    @BeforeAll
    static void mapper() {
        http = HttpJson.create(HttpSettings.builder("sevdesk").build());
    }

    @AfterAll
    static void close() {
        http.close();
    }

    private static JsonNode json(Object body) {
        return http.mapper().valueToTree(body);
    }

    @Test
    void anInvoiceOnUpdate2KeepsItsNumberAndPositionsAndCarriesATaxRule() {
        Document doc = Documents.invoice("d1", "RE-2026-7", Documents.anna());
        JsonNode body = json(SevdeskMapper.invoice(doc, new InvoiceContext("41", "1", "1", true, Tax.STANDARD)));
        JsonNode invoice = body.get("invoice");
        assertEquals("RE-2026-7", invoice.get("invoiceNumber").asText());
        assertEquals(
                "{\"id\":41,\"objectName\":\"Contact\"}", invoice.get("contact").toString());
        assertEquals(
                "{\"id\":1,\"objectName\":\"SevUser\"}",
                invoice.get("contactPerson").toString());
        assertEquals(
                "{\"id\":\"1\",\"objectName\":\"TaxRule\"}",
                invoice.get("taxRule").toString());
        assertFalse(invoice.has("taxType"));
        assertEquals("02.11.2026", invoice.get("invoiceDate").asText());
        assertEquals("30.10.2026", invoice.get("deliveryDate").asText());
        assertEquals(14, invoice.get("timeToPay").asInt());
        assertEquals(100, invoice.get("status").asInt());
        assertEquals("RE", invoice.get("invoiceType").asText());
        assertTrue(invoice.get("showNet").asBoolean());
        assertFalse(invoice.get("smallSettlement").asBoolean());
        assertEquals(
                "Anna Muster\nHauptstr. 1\n10115 Berlin", invoice.get("address").asText());

        JsonNode positions = body.get("invoicePosSave");
        assertEquals(2, positions.size());
        assertEquals(
                "{\"objectName\":\"InvoicePos\",\"mapAll\":true,\"quantity\":2,\"price\":50.00,\"name\":\"Welpenkurs\","
                        + "\"taxRate\":19,\"unity\":{\"id\":9,\"objectName\":\"Unity\"},\"positionNumber\":0}",
                positions.get(0).toString());
        assertEquals("1", positions.get(1).at("/unity/id").asText(), "pieces");
        assertEquals(1, positions.get(1).get("positionNumber").asInt());
    }

    @Test
    void anInvoiceOnTheOldBookkeepingCarriesATaxType() {
        Document doc = Documents.invoice("d1", "RE-1", Documents.company());
        JsonNode invoice = json(SevdeskMapper.invoice(doc, new InvoiceContext("41", "1", "1", false, Tax.STANDARD)))
                .get("invoice");
        assertEquals("default", invoice.get("taxType").asText());
        assertFalse(invoice.has("taxRule"));
        assertEquals(
                "Hundeverein Bello e.V.\nMax Meier\nParkweg 7\n80331 München",
                invoice.get("address").asText());
    }

    @Test
    void theTaxRuleFollowsTheBusinessAndTheCustomer() {
        List<io.ledgerbridge.model.LineItem> noVat = List.of(Documents.line("Beratung", "1", null, "100.00", "0"));
        assertEquals(Tax.STANDARD, SevdeskMapper.tax(Documents.invoice("d", "1", Documents.anna()), false));
        assertEquals(Tax.STANDARD, SevdeskMapper.tax(Documents.invoice("d", "1", Documents.anna(), noVat), false));
        assertEquals(Tax.INTRA_EU, SevdeskMapper.tax(Documents.invoice("d", "1", in("FR"), noVat), false));
        assertEquals(Tax.NOT_TAXABLE_HERE, SevdeskMapper.tax(Documents.invoice("d", "1", in("CH"), noVat), false));
        assertEquals(Tax.STANDARD, SevdeskMapper.tax(Documents.invoice("d", "1", in("FR")), false), "VAT charged");
        Tax small = SevdeskMapper.tax(Documents.invoice("d", "1", Documents.anna(), noVat), true);
        assertEquals(new Tax("11", "ss", "Steuer nicht erhoben nach §19 UStG"), small);
        JsonNode invoice = json(SevdeskMapper.invoice(
                        Documents.invoice("d", "1", Documents.anna(), noVat),
                        new InvoiceContext("41", "1", "1", true, small)))
                .get("invoice");
        assertEquals("11", invoice.at("/taxRule/id").asText());
        assertTrue(invoice.get("smallSettlement").asBoolean());
    }

    @Test
    void aCompanyBecomesAnOrganisationAndAPersonAPerson() {
        ContactSave org = SevdeskMapper.newContact(Documents.company(), "3", "K-2002");
        assertEquals("Hundeverein Bello e.V.", org.name());
        assertNull(org.surename());
        assertEquals("DE123456789", org.vatNumber());
        assertEquals("K-2002", org.customerNumber());
        assertEquals("3", org.category().id());
        ContactSave person = SevdeskMapper.newContact(Documents.anna(), "28", null);
        assertNull(person.name());
        assertEquals("Anna", person.surename());
        assertEquals("Muster", person.familyname());
        assertNull(person.customerNumber());
        assertEquals(
                "{\"surename\":\"Anna\",\"familyname\":\"Muster\"}",
                json(SevdeskMapper.contactChanges(Documents.anna())).toString(),
                "an update never touches number or category");
    }

    @Test
    void unitsAddressesAndCountries() {
        assertEquals(SevdeskMapper.UNITY_HOUR, SevdeskMapper.unity(" Std "));
        assertEquals(SevdeskMapper.UNITY_HOUR, SevdeskMapper.unity("hours"));
        assertEquals(SevdeskMapper.UNITY_PIECE, SevdeskMapper.unity("kg"));
        assertEquals(SevdeskMapper.UNITY_PIECE, SevdeskMapper.unity(null));
        Party noCountry =
                new Party("x@example.com", null, null, "X", "Y", "Weg 1", "12345", "Ort", null, null, null, null);
        assertEquals("DE", SevdeskMapper.countryCode(noCountry));
        assertEquals("FR", SevdeskMapper.countryCode(in("fr")));
        assertEquals(
                "{\"contact\":{\"id\":41,\"objectName\":\"Contact\"},\"street\":\"Weg 1\",\"zip\":\"12345\","
                        + "\"city\":\"Ort\",\"country\":{\"id\":1,\"objectName\":\"StaticCountry\"},"
                        + "\"category\":{\"id\":43,\"objectName\":\"Category\"}}",
                json(SevdeskMapper.address("41", noCountry, "1")).toString());
        assertEquals(
                "2",
                SevdeskMapper.communicationWay("41", Documents.company(), "EMAIL", "a@b.de", true)
                        .key()
                        .id(),
                "work for a company");
        assertEquals(
                "1",
                SevdeskMapper.communicationWay("41", Documents.anna(), "EMAIL", "a@b.de", true)
                        .key()
                        .id(),
                "private for a person");
    }

    private static Party in(String country) {
        return new Party(
                "client@example.com",
                "Client SARL",
                null,
                null,
                null,
                "Rue 1",
                "75001",
                "Paris",
                country,
                null,
                "FR123",
                "K-9");
    }
}
