package io.ledgerbridge.connector.tck;

import io.ledgerbridge.model.spi.CommonSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What is wrong between a README's configuration table and the connector's OCD: every attribute has its own row (in
 * the OCD's order, with its name, default, options and secrecy), and the table names nothing else but common settings.
 */
final class ReadmeCheck {
    private ReadmeCheck() {}

    static List<String> problems(Metatype.Ocd ocd, ReadmeTable table) {
        List<String> problems = new ArrayList<>();
        if (table.rows().isEmpty()) {
            problems.add("README.md has no table under '## Configuration' (| setting | … |)");
            return problems;
        }
        List<String> ownRows = new ArrayList<>();
        for (ReadmeTable.Row row : table.rows()) {
            for (String id : row.ids()) {
                boolean own = ocd.ad(id).isPresent();
                if (!own && CommonSetting.byKey(id).isEmpty()) {
                    problems.add("the table names `" + id + "`, which is neither a setting of the OCD nor a common "
                            + "setting");
                } else if (row.single() && own) {
                    ownRows.add(id);
                    problems.addAll(rowProblems(ocd.ad(id).orElseThrow(), row));
                } else if (row.single() && row.name() != null) {
                    CommonSetting common = CommonSetting.byKey(id).orElseThrow();
                    if (!common.label().equals(row.name())) {
                        problems.add("`" + id + "` is a common setting, shown as \"" + common.label() + "\", not \""
                                + row.name() + "\"; describe it once in the sentence on the common settings");
                    }
                }
            }
        }
        for (String id : ocd.ids()) {
            if (!ownRows.contains(id)) {
                problems.add("the OCD attribute `" + id + "` has no row of its own in the table");
            }
        }
        List<String> expectedOrder =
                ocd.ids().stream().filter(ownRows::contains).toList();
        if (problems.isEmpty() && !expectedOrder.equals(ownRows)) {
            problems.add("the rows are in the order " + ownRows + ", the OCD's is " + expectedOrder);
        }
        return problems;
    }

    private static List<String> rowProblems(Metatype.Ad ad, ReadmeTable.Row row) {
        List<String> problems = new ArrayList<>();
        String id = "`" + ad.id() + "`";
        if (row.name() != null && !row.name().equals(ad.name())) {
            problems.add(id + " is shown as \"" + ad.name() + "\", the table says \"" + row.name() + "\"");
        }
        if (row.defaultCell() != null && !sameDefault(ad, row.defaultValue())) {
            problems.add(
                    id + " defaults to " + (ad.defaultValue() == null ? "nothing" : "\"" + ad.defaultValue() + "\"")
                            + ", the table says \"" + row.defaultCell() + "\"");
        }
        for (String option : ad.options()) {
            if (!row.codes().contains(option)) {
                problems.add(id + ": the option `" + option + "` is not explained");
            }
        }
        String text = row.text().toLowerCase(Locale.ROOT);
        boolean saysEncrypted = text.contains("stored encrypted");
        // a secret the connector type exchanges when saving (ConnectorType.exchangeCredentials) is not stored at all
        boolean saysHow = saysEncrypted || text.contains("not stored");
        if (ad.secret() != saysHow || !ad.secret() && saysEncrypted) {
            problems.add(id
                    + (ad.secret()
                            ? " is a PASSWORD: say it is stored encrypted (or, when it is exchanged on saving, not stored)"
                            : " is not a PASSWORD, yet the table says it is stored encrypted"));
        }
        return problems;
    }

    private static boolean sameDefault(Metatype.Ad ad, String shown) {
        String actual = ad.defaultValue() == null ? null : ad.defaultValue().replaceAll(",\\s+", ",");
        if (shown == null) {
            return actual == null;
        }
        return shown.isEmpty() ? actual == null || actual.isEmpty() : Objects.equals(shown, actual);
    }
}
