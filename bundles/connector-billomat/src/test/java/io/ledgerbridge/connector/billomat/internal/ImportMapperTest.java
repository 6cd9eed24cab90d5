package io.ledgerbridge.connector.billomat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.connector.billomat.internal.dto.ClientDto;
import io.ledgerbridge.connector.billomat.internal.dto.InvoiceDto;
import io.ledgerbridge.connector.billomat.internal.dto.ItemDto;
import io.ledgerbridge.model.Direction;
import io.ledgerbridge.model.DocumentDraft;
import io.ledgerbridge.model.DocumentType;
import io.ledgerbridge.model.DocumentValidator;
import io.ledgerbridge.model.LineItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Billomat invoices, as Billomat writes them (all strings), become valid platform documents with exact totals. */
class ImportMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ImportMapper mapper = new ImportMapper("meinefirma", DocumentType.SALES_INVOICE);

    private static InvoiceDto invoice(String netGross, String net, String gross) throws Exception {
        return InvoiceDto.from(JSON.readTree("{\"id\":\"17\",\"client_id\":\"4\",\"invoice_number\":\"RE1017\","
                + "\"status\":\"PAID\",\"date\":\"2026-11-02\",\"supply_date\":\"Oktober 2026\",\"due_date\":"
                + "\"2026-11-16\",\"currency_code\":\"EUR\",\"net_gross\":\"" + netGross + "\",\"total_net\":\""
                + net + "\",\"total_gross\":\"" + gross + "\",\"address\":\"Bello GmbH\\nHauptstr. 1\"}"));
    }

    private static ItemDto item(String position, String quantity, String unitPrice, String taxRate, String totalNet)
            throws Exception {
        return ItemDto.from(JSON.readTree("{\"id\":\"9" + position + "\",\"position\":\"" + position
                + "\",\"unit\":\"Stunde\",\"quantity\":\"" + quantity + "\",\"unit_price\":\"" + unitPrice
                + "\",\"tax_rate\":\"" + taxRate + "\",\"title\":\"Training " + position + "\",\"description\":\"\","
                + "\"total_net\":\"" + totalNet + "\"}"));
    }

    private static ClientDto client(String email) throws Exception {
        return ClientDto.from(JSON.readTree("{\"id\":\"4\",\"client_number\":\"KD0004\",\"name\":\"Bello GmbH\","
                + "\"first_name\":\"\",\"last_name\":\"\",\"street\":\"Hauptstr. 1\",\"zip\":\"10115\",\"city\":"
                + "\"Berlin\",\"country_code\":\"de\",\"email\":\"" + email + "\",\"vat_number\":\"DE1\"}"));
    }

    @Test
    void aNetInvoiceKeepsBillomatsNumbersExactly() throws Exception {
        DocumentDraft draft = mapper.draft(
                invoice("NET", "110.00", "129.70"),
                List.of(item("2", "1", "10.00", "7", "10.00"), item("1", "2", "50.00", "19", "100.00")),
                client("info@bello.de"));
        assertEquals("billomat:meinefirma:17", draft.sourceId());
        assertEquals(Direction.OUTGOING, draft.direction());
        assertEquals("RE1017", draft.number());
        assertEquals(LocalDate.of(2026, 11, 16), draft.dueDate());
        assertNull(draft.deliveryDate(), "a free-text supply date is no date");
        assertEquals(new BigDecimal("19.70"), draft.totals().tax());
        assertEquals(new BigDecimal("129.70"), draft.totals().gross());
        assertEquals("Training 1", draft.lines().get(0).description(), "in item order");
        assertEquals(new BigDecimal("50.00"), draft.lines().get(0).unitPrice());
        assertEquals("DE", draft.party().country());
        assertEquals("KD0004", draft.party().customerNumber());
        assertEquals(List.of(), DocumentValidator.validate(draft.withTenant("demo")));
    }

    @Test
    void grossPricesAndReductionsBecomeNetUnitPricesThatAddUpToBillomatsNet() throws Exception {
        LineItem gross = ImportMapper.line(item("1", "3", "11.90", "19", "30.00"), true);
        assertEquals(new BigDecimal("10.00"), gross.unitPrice());
        LineItem reduced = ImportMapper.line(item("1", "3", "10.00", "19", "27.00"), false);
        assertEquals(new BigDecimal("9.00"), reduced.unitPrice());
        LineItem odd = ImportMapper.line(item("1", "3", "11.90", "19", "30.01"), true);
        assertEquals(new BigDecimal("30.01"), odd.netAmount());
        DocumentDraft draft = mapper.draft(
                invoice("GROSS", "30.00", "35.70"),
                List.of(item("1", "3", "11.90", "19", "30.00")),
                client("info@bello.de"));
        assertEquals(List.of(), DocumentValidator.validate(draft.withTenant("demo")));
    }

    @Test
    void aDeletedClientOrAMalformedAddressDoesNotLoseTheInvoice() throws Exception {
        DocumentDraft withoutClient = mapper.draft(
                invoice("NET", "100.00", "119.00"), List.of(item("1", "2", "50.00", "19", "100.00")), null);
        assertEquals("Bello GmbH", withoutClient.party().companyName());
        assertEquals(List.of(), DocumentValidator.validate(withoutClient.withTenant("demo")));
        DocumentDraft twoAddresses = mapper.draft(
                invoice("NET", "100.00", "119.00"),
                List.of(item("1", "2", "50.00", "19", "100.00")),
                client("a@bello.de, b@bello.de"));
        assertEquals("a@bello.de", twoAddresses.party().email());
        assertNull(mapper.draft(invoice("NET", "100.00", "119.00"), List.of(), client("nobody"))
                .party()
                .email());
    }
}
