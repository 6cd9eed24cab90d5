package io.ledgerbridge.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact money arithmetic: amounts are rounded to cents half-up, never through floating point. */
public final class Money {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {}

    /** Rounds to two decimals, half-up (the commercial rounding used on invoices). */
    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The tax on a net amount at a rate given in percent, rounded to cents. */
    public static BigDecimal tax(BigDecimal net, BigDecimal ratePercent) {
        return round(net.multiply(ratePercent).divide(HUNDRED));
    }

    /** True when both amounts are the same number of cents, whatever their scale ("10" equals "10.00"). */
    public static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
