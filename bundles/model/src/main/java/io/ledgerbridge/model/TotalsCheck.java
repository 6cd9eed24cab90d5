package io.ledgerbridge.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks totals against the lines. Net is the sum of the lines' rounded net amounts. Tax is accepted when it matches
 * either common convention: tax per rate on the summed net of that rate (as in German invoicing), or tax per line.
 * Gross must equal net plus tax exactly.
 */
final class TotalsCheck {
    /**
     * The largest total, in either direction: what the ledger's NUMERIC(19,2) columns hold, with room to spare; lines
     * within their own bounds can add up to more, which must be refused here and not fail in the database.
     */
    static final BigDecimal MAX_TOTAL = new BigDecimal("1000000000000000");

    private TotalsCheck() {}

    static void check(Violations v, List<LineItem> lines, Totals totals) {
        if (!v.required("totals.net", totals.net())
                | !v.required("totals.tax", totals.tax())
                | !v.required("totals.gross", totals.gross())) {
            return;
        }
        for (String field : List.of("net", "tax", "gross")) {
            BigDecimal total = field.equals("net") ? totals.net() : field.equals("tax") ? totals.tax() : totals.gross();
            v.check(
                    "totals." + field,
                    total,
                    t -> t.abs().compareTo(MAX_TOTAL) <= 0,
                    "must be at most " + MAX_TOTAL.toPlainString() + " (in either direction)");
        }
        BigDecimal net = lines.stream().map(LineItem::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!Money.sameAmount(net, totals.net())) {
            v.add(
                    "totals.net",
                    "is " + totals.net().toPlainString() + " but the lines add up to " + net.toPlainString());
        }
        BigDecimal perRate = taxPerRate(lines);
        BigDecimal perLine =
                lines.stream().map(l -> Money.tax(l.netAmount(), l.taxRate())).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!Money.sameAmount(perRate, totals.tax()) && !Money.sameAmount(perLine, totals.tax())) {
            v.add(
                    "totals.tax",
                    "is " + totals.tax().toPlainString() + " but the lines' tax is " + perRate.toPlainString());
        }
        if (!Money.sameAmount(totals.net().add(totals.tax()), totals.gross())) {
            v.add(
                    "totals.gross",
                    "is " + totals.gross().toPlainString() + " but net + tax is "
                            + totals.net().add(totals.tax()).toPlainString());
        }
    }

    private static BigDecimal taxPerRate(List<LineItem> lines) {
        Map<BigDecimal, BigDecimal> netByRate = new TreeMap<>();
        for (LineItem l : lines) {
            netByRate.merge(l.taxRate().stripTrailingZeros(), l.netAmount(), BigDecimal::add);
        }
        return netByRate.entrySet().stream()
                .map(e -> Money.tax(e.getValue(), e.getKey()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
