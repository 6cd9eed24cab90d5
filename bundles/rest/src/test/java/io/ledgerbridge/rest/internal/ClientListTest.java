package io.ledgerbridge.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.service.ClientRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientListTest {
    private static final Set<String> KEYS = Set.of("companyCode", "name", "active");

    @Test
    void readsASemicolonFileAsSpreadsheetsWriteItInGerman() {
        List<ClientRequest> rows =
                ClientList.csv("client;companyCode\r\nHundeschule Bello;ACME\r\n\r\nkorn;BETA\r\n", KEYS);

        assertEquals(
                List.of(
                        new ClientRequest(2, "Hundeschule Bello", Map.of("companyCode", "ACME")),
                        new ClientRequest(4, "korn", Map.of("companyCode", "BETA"))),
                rows);
    }

    @Test
    void takesCommasOrTabsQuotesAndLeavesEmptyValuesOut() {
        assertEquals(
                List.of(new ClientRequest(2, "Müller, Schmidt & \"Partner\"", Map.of("companyCode", "MS"))),
                ClientList.csv("Client,companyCode,name\n\"Müller, Schmidt & \"\"Partner\"\"\",MS,\n", KEYS));
        assertEquals(
                List.of(new ClientRequest(2, "bello", Map.of("companyCode", "ACME", "active", "false"))),
                ClientList.csv("client\tcompanyCode\tactive\nbello\tACME\tfalse\n", KEYS));
    }

    @Test
    void aFileWrongAsAWholeIsRefusedNamingWhatIsWrong() {
        assertEquals(
                "the list of clients cannot be read: 'compnyCode' is not a setting a client can have; the columns can "
                        + "be: client, active, companyCode, name",
                refused("client;compnyCode\nbello;ACME\n"));
        assertTrue(refused("name;companyCode\nx;ACME\n").contains("no column 'client'"));
        assertTrue(refused("\n\n").contains("the file is empty"));
        assertTrue(refused("client;companyCode;companyCode\n").contains("appears twice"));
        assertTrue(refused("client;companyCode\nbello;ACME;extra\n").contains("line 2 has 3 values"));
    }

    @Test
    void aFileSavedInWindows1252ReadsAsWrittenAndUtf8StaysUtf8() {
        String name = "Bäckerei Korn;ÄÖÜß€";
        assertEquals(name, ClientList.decoded(name.getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        assertEquals(name, ClientList.decoded(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String refused(String csv) {
        Json.BadRequest e = assertThrows(Json.BadRequest.class, () -> ClientList.csv(csv, KEYS));
        assertEquals(422, e.status);
        assertEquals("csv", e.fields.get(0).field());
        return e.getMessage();
    }
}
