package io.ledgerbridge.connector.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration table of a connector's README: the first table under the heading {@code ## Configuration}. Its
 * first column names settings in backticks; columns headed "default" and "shown as" / "form field" / "name" are
 * read when present.
 *
 * @param rows the table's rows in order; empty when the README has no such table
 */
record ReadmeTable(List<Row> rows) {
    private static final Set<String> NAME_HEADERS = Set.of("shown as", "form field", "field", "name", "label");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /**
     * One row.
     *
     * @param ids the setting ids in the first cell (one for a setting's own row; several for a row that only
     *     mentions settings, e.g. {@code `tenant`, `tags`, …})
     * @param name the name cell, or null when the table has no name column
     * @param defaultCell the default cell as written, or null when the table has no default column
     * @param text the whole row
     */
    record Row(List<String> ids, String name, String defaultCell, String text) {
        boolean single() {
            return ids.size() == 1 && !text.split("\\|")[1].contains("…");
        }

        /**
         * The default the row gives: null for "–" (none, or required), "" for "empty", else the text without
         * backticks, list items joined by commas.
         */
        String defaultValue() {
            String cell = defaultCell.strip();
            if (cell.startsWith("–") || cell.startsWith("-") || cell.isEmpty()) {
                return null;
            }
            return cell.equalsIgnoreCase("empty") ? "" : cell.replace("`", "").replaceAll(",\\s+", ",");
        }

        /** The values the row mentions in backticks, anywhere. */
        List<String> codes() {
            List<String> out = new ArrayList<>();
            Matcher m = CODE.matcher(text);
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        }
    }

    static ReadmeTable read(Path readme) {
        List<String> lines;
        try {
            lines = Files.exists(readme) ? Files.readAllLines(readme) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + readme, e);
        }
        int start = 0;
        while (start < lines.size() && !lines.get(start).startsWith("## Configuration")) {
            start++;
        }
        List<String> table = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("|")) {
                table.add(line);
            } else if (!table.isEmpty()) {
                break;
            }
        }
        return table.size() < 2 ? new ReadmeTable(List.of()) : parse(table);
    }

    private static ReadmeTable parse(List<String> table) {
        List<String> headers = Arrays.stream(cells(table.get(0)))
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        int nameColumn = -1;
        int defaultColumn = headers.indexOf("default");
        for (int i = 1; i < headers.size(); i++) {
            nameColumn = nameColumn < 0 && NAME_HEADERS.contains(headers.get(i)) ? i : nameColumn;
        }
        List<Row> rows = new ArrayList<>();
        for (String line : table.subList(1, table.size())) {
            String[] cells = cells(line);
            if (cells.length == 0 || cells[0].strip().matches("[-: ]*")) {
                continue; // the separator row
            }
            List<String> ids = new ArrayList<>();
            Matcher m = CODE.matcher(cells[0]);
            while (m.find()) {
                ids.add(m.group(1).strip());
            }
            rows.add(new Row(List.copyOf(ids), cell(cells, nameColumn), cell(cells, defaultColumn), line));
        }
        return new ReadmeTable(List.copyOf(rows));
    }

    private static String cell(String[] cells, int column) {
        return column < 0 ? null : column < cells.length ? cells[column].strip() : "";
    }

    /** The cells between the outer pipes. */
    private static String[] cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        return inner.split("\\|", -1);
    }
}
