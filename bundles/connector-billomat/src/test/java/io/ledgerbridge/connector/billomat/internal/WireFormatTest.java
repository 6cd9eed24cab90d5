package io.ledgerbridge.connector.billomat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.connector.billomat.internal.dto.BillomatPage;
import io.ledgerbridge.connector.billomat.internal.dto.InboxDocumentDto;
import io.ledgerbridge.connector.billomat.internal.dto.InvoiceDto;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Billomat's list envelope with its quirks, the import cursor and the kept document number. */
class WireFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static BillomatPage<InvoiceDto> page(String json) throws Exception {
        return BillomatPage.parse(JSON.readTree(json), "invoices", "invoice", InvoiceDto::from);
    }

    @Test
    void listsWithNoneOneOrManyElements() throws Exception {
        BillomatPage<InvoiceDto> none =
                page("{\"invoices\":{\"invoice\":\"\",\"@page\":\"1\",\"@per_page\":\"100\"," + "\"@total\":\"0\"}}");
        assertTrue(none.items().isEmpty());
        assertFalse(none.hasMore());
        BillomatPage<InvoiceDto> one = page("{\"invoices\":{\"invoice\":{\"id\":\"7\"},\"@page\":\"3\","
                + "\"@per_page\":\"1\",\"@total\":\"4\"}}");
        assertEquals(List.of("7"), one.items().stream().map(InvoiceDto::id).toList());
        assertTrue(one.hasMore());
        BillomatPage<InvoiceDto> many = page("{\"invoices\":{\"invoice\":[{\"id\":\"1\"},{\"id\":\"2\"}],"
                + "\"@page\":\"2\",\"@per_page\":\"2\",\"@total\":\"4\"}}");
        assertEquals(2, many.items().size());
        assertFalse(many.hasMore(), "page 2 of 2");
        assertTrue(page("{}").items().isEmpty());
        InboxDocumentDto single = InboxDocumentDto.from(
                JSON.readTree("{\"id\":\"3\",\"metadata\":{\"data\":" + "{\"key\":\"A\",\"value\":\"1\"}}}"));
        assertEquals(Map.of("A", "1"), single.metadata());
        assertEquals(
                Map.of(),
                InboxDocumentDto.from(JSON.readTree("{\"id\":\"3\",\"metadata\":\"\"}"))
                        .metadata());
    }

    @Test
    void theCursorIsWrittenAndReadBackAndUnknownCursorsStartOver() {
        ImportCursor cursor =
                ImportCursor.START.passed(42, 40).withDraft(7).withDraft(9).withDraft(7);
        assertEquals("v1;last=42;seen=40;drafts=9,7", cursor.text());
        assertEquals(cursor, ImportCursor.parse(cursor.text()));
        assertEquals(ImportCursor.START, ImportCursor.parse("2026-11-02T10:00:00Z"));
        assertEquals(1, ImportCursor.START.anchorPage(50));
        assertEquals(1, cursor.passed(50, 50).anchorPage(50));
        assertEquals(2, cursor.passed(51, 51).anchorPage(50));
        ImportCursor full = ImportCursor.START;
        for (long id = 1; id <= ImportCursor.MAX_DRAFTS + 5; id++) {
            full = full.withDraft(id);
        }
        assertEquals(ImportCursor.MAX_DRAFTS, full.drafts().size());
        assertEquals(6L, full.drafts().get(0), "the oldest are dropped");
        assertTrue(full.text().length() < 2000, "fits the engine's cursor column");
    }

    @Test
    void documentNumbersKeepPrefixAndLeadingZeros() {
        InvoiceNumber number = InvoiceNumber.parse("RE-2026-0042").orElseThrow();
        assertEquals(new InvoiceNumber("RE-2026-", 42, 4), number);
        assertEquals("RE-2026-0042", number.text());
        assertEquals("1001", InvoiceNumber.parse("1001").orElseThrow().text());
        assertTrue(InvoiceNumber.parse("RE-2026-A").isEmpty());
        assertTrue(InvoiceNumber.parse(null).isEmpty());
    }
}
