package io.ledgerbridge.rest.internal;

import io.ledgerbridge.model.FieldError;
import io.ledgerbridge.model.service.ClientRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.servlet.http.HttpServletRequest;

/**
 * The clients of a batch as a partner sends them: a CSV file (a header line with {@code client} and the setting
 * keys, e.g. {@code client;companyCode}; the delimiter {@code ;}, {@code ,} or a tab, whichever the header uses;
 * double quotes around values that contain it) or JSON ({@code {"clients":[{"client":…,"settings":{…}}]}}). A list
 * that is wrong as a whole (no client, an unknown column, too many rows) is refused before anything is checked.
 */
final class ClientList {
    static final String CLIENT = "client";
    static final int MAX_CLIENTS = 500;
    private static final int MAX_BYTES = 1024 * 1024;

    /** The JSON body. */
    record Body(List<Row> clients) {}

    /** One client of the JSON body. */
    record Row(String client, Map<String, Object> settings) {}

    private ClientList() {}

    /**
     * @param settingKeys the settings a client may set (the connector's form), for the CSV columns and JSON keys
     */
    static List<ClientRequest> read(HttpServletRequest req, Set<String> settingKeys) throws IOException {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        List<ClientRequest> rows = type.startsWith("text/csv") ? csv(text(req), settingKeys) : json(req, settingKeys);
        if (rows.isEmpty()) {
            throw invalid("clients", "the list names no client: add one line per client below the header");
        }
        if (rows.size() > MAX_CLIENTS) {
            throw invalid(
                    "clients",
                    "the list names " + rows.size() + " clients; send at most " + MAX_CLIENTS + " at a time");
        }
        return rows;
    }

    private static List<ClientRequest> json(HttpServletRequest req, Set<String> settingKeys) throws IOException {
        Body body = Json.read(req, Body.class);
        List<ClientRequest> out = new ArrayList<>();
        List<Row> given = body.clients() == null ? List.of() : body.clients();
        for (int i = 0; i < given.size(); i++) {
            Row row = given.get(i);
            Map<String, Object> settings = row == null || row.settings() == null ? Map.of() : row.settings();
            for (String key : settings.keySet()) {
                if (!settingKeys.contains(key)) {
                    throw invalid("clients[" + i + "].settings." + key, unknown(key, settingKeys));
                }
            }
            out.add(new ClientRequest(i + 1, row == null ? null : row.client(), settings));
        }
        return out;
    }

    static List<ClientRequest> csv(String text, Set<String> settingKeys) {
        List<String> lines = text.lines().toList();
        int headerAt = 0;
        while (headerAt < lines.size() && lines.get(headerAt).isBlank()) {
            headerAt++;
        }
        if (headerAt == lines.size()) {
            throw invalid("csv", "the file is empty: its first line names the columns, e.g. client;companyCode");
        }
        char delimiter = delimiter(lines.get(headerAt));
        List<String> columns = fields(lines.get(headerAt), delimiter).stream()
                .map(String::strip)
                .toList();
        checkColumns(columns, settingKeys);
        List<ClientRequest> out = new ArrayList<>();
        for (int i = headerAt + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                out.add(row(i + 1, columns, fields(lines.get(i), delimiter)));
            }
        }
        return out;
    }

    private static void checkColumns(List<String> columns, Set<String> settingKeys) {
        if (columns.stream().noneMatch(c -> c.equalsIgnoreCase(CLIENT))) {
            throw invalid("csv", "the first line has no column 'client': name the columns, e.g. client;companyCode");
        }
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String column : columns) {
            if (!seen.add(column)) {
                throw invalid("csv", "the column '" + column + "' appears twice in the first line");
            }
            if (!column.equalsIgnoreCase(CLIENT) && !settingKeys.contains(column)) {
                throw invalid("csv", unknown(column, settingKeys));
            }
        }
    }

    /** A line's values under their columns; an empty value is left out (the partner's setting then applies). */
    private static ClientRequest row(int line, List<String> columns, List<String> values) {
        if (values.size() > columns.size()) {
            throw invalid(
                    "csv",
                    "line " + line + " has " + values.size() + " values but the first line names " + columns.size()
                            + " columns");
        }
        String client = null;
        Map<String, Object> settings = new LinkedHashMap<>();
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c).strip();
            if (columns.get(c).equalsIgnoreCase(CLIENT)) {
                client = value;
            } else if (!value.isEmpty()) {
                settings.put(columns.get(c), value);
            }
        }
        return new ClientRequest(line, client, settings);
    }

    /** The delimiter the header line uses most: {@code ;} (as spreadsheets write it in German), {@code ,} or tab. */
    private static char delimiter(String header) {
        return List.of(';', ',', '\t').stream()
                .max(Comparator.comparingLong(
                        d -> header.chars().filter(ch -> ch == d).count()))
                .orElse(';');
    }

    /** The values of one line, with double-quoted values (a doubled quote inside stands for one). */
    static List<String> fields(String line, char delimiter) {
        List<String> out = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                value.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == delimiter && !quoted) {
                out.add(value.toString());
                value.setLength(0);
            } else {
                value.append(ch);
            }
        }
        out.add(value.toString());
        return out;
    }

    private static String text(HttpServletRequest req) throws IOException {
        String text = decoded(Json.body(req, MAX_BYTES));
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // spreadsheets write a byte order mark
    }

    /** UTF-8, else Windows-1252 (what spreadsheet programs on Windows save a CSV file in). */
    static String decoded(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(body, Charset.forName("windows-1252"));
        }
    }

    private static String unknown(String key, Set<String> settingKeys) {
        return "'" + key + "' is not a setting a client can have; the columns can be: client, "
                + String.join(", ", new TreeSet<>(settingKeys));
    }

    private static Json.BadRequest invalid(String field, String message) {
        return new Json.BadRequest(
                422, "the list of clients cannot be read: " + message, List.of(new FieldError(field, message)));
    }
}
