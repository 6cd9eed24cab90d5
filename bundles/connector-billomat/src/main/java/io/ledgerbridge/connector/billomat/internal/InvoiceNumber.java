package io.ledgerbridge.connector.billomat.internal;

import io.ledgerbridge.connector.billomat.internal.dto.InvoiceDto;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number as Billomat keeps it: prefix ({@code number_pre}), running number ({@code number}) and its
 * length with leading zeros ({@code number_length}); {@code RE-2026-0042} is {@code RE-2026-}, 42, 4.
 *
 * @param prefix everything before the trailing digits, may be empty
 * @param number the trailing digits as a number
 * @param length how many digits, so that leading zeros are kept
 */
record InvoiceNumber(String prefix, long number, int length) {
    /** Billomat pads to at most 20 digits; longer digit runs do not fit its number either. */
    private static final Pattern TRAILING_DIGITS = Pattern.compile("(.*?)(\\d{1,18})");

    /** The parts of a number, or empty when it does not end in digits (Billomat could not keep it). */
    static Optional<InvoiceNumber> parse(String documentNumber) {
        Matcher matcher = TRAILING_DIGITS.matcher(documentNumber == null ? "" : documentNumber.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new InvoiceNumber(
                matcher.group(1),
                Long.parseLong(matcher.group(2)),
                matcher.group(2).length()));
    }

    /** The number as Billomat shows it once the invoice is completed. */
    String text() {
        String digits = Long.toString(number);
        return prefix + "0".repeat(Math.max(0, length - digits.length())) + digits;
    }

    /** True when a draft was created with this number (its invoice_number is still empty then). */
    boolean intendedBy(InvoiceDto draft) {
        return prefix.equals(draft.numberPre() == null ? "" : draft.numberPre())
                && Long.toString(number).equals(draft.number());
    }
}
