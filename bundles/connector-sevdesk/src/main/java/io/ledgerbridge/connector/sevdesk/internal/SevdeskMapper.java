package io.ledgerbridge.connector.sevdesk.internal;

import io.ledgerbridge.connector.sevdesk.internal.dto.AddressSave;
import io.ledgerbridge.connector.sevdesk.internal.dto.CommunicationWaySave;
import io.ledgerbridge.connector.sevdesk.internal.dto.ContactSave;
import io.ledgerbridge.connector.sevdesk.internal.dto.InvoiceSave;
import io.ledgerbridge.connector.sevdesk.internal.dto.Ref;
import io.ledgerbridge.connector.sevdesk.internal.dto.VoucherSave;
import io.ledgerbridge.model.Document;
import io.ledgerbridge.model.LineItem;
import io.ledgerbridge.model.Money;
import io.ledgerbridge.model.Party;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Maps the platform's document and customer to sevdesk's wire format; pure functions, no calls. */
final class SevdeskMapper {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** The country assumed for an address without one: the platform's users are German businesses. */
    static final String HOME_COUNTRY = "DE";
    /** The ContactAddress category "Arbeit" (work address). */
    static final String ADDRESS_CATEGORY = "43";

    static final String UNITY_PIECE = "1";
    static final String UNITY_HOUR = "9";
    private static final String KEY_PRIVATE = "1";
    private static final String KEY_WORK = "2";
    private static final int ACTIVE = 1000;
    /** An invoice's status on create: draft, a string as the specification declares it. */
    private static final String DRAFT = "100";

    private static final Set<String> HOURS =
            Set.of("h", "hr", "hrs", "hour", "hours", "std", "std.", "stunde", "stunden");
    private static final Set<String> EU = Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "EL", "HR", "HU", "IE", "IT", "LT",
            "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    /**
     * The VAT treatment of an invoice.
     *
     * @param rule the taxRule id (sevdesk Update 2.0)
     * @param type the taxType (sevdesk 1.0)
     * @param text the VAT line printed on the invoice
     */
    record Tax(String rule, String type, String text) {
        static final Tax STANDARD = new Tax("1", "default", "Umsatzsteuer ausweisen");
        static final Tax SMALL_BUSINESS = new Tax("11", "ss", "Steuer nicht erhoben nach §19 UStG");
        static final Tax INTRA_EU = new Tax("3", "eu", "Steuerfreie innergemeinschaftliche Lieferung");
        static final Tax NOT_TAXABLE_HERE = new Tax("17", "noteu", "Nicht im Inland steuerbare Leistung");
        static final Tax EXPENSE = new Tax("9", "default", "Vorsteuerabziehbare Aufwendungen");
        static final Tax SMALL_BUSINESS_EXPENSE = new Tax("10", "ss", "Nicht vorsteuerabziehbare Aufwendungen");
    }

    private SevdeskMapper() {}

    /** A new contact: an organisation when the customer has a company name, else a person. */
    static ContactSave newContact(Party party, String category, String customerNumber) {
        ContactSave names = contactChanges(party);
        return new ContactSave(
                names.name(),
                names.surename(),
                names.familyname(),
                names.titel(),
                names.vatNumber(),
                blankToNull(customerNumber),
                Ref.of("Category", category),
                ACTIVE);
    }

    /** The name fields of an existing contact, brought up to date (customer number and category stay). */
    static ContactSave contactChanges(Party party) {
        boolean organisation = hasText(party.companyName());
        return new ContactSave(
                organisation ? party.companyName().strip() : null,
                organisation ? null : blankToNull(party.firstName()),
                organisation ? null : blankToNull(party.lastName()),
                organisation ? null : blankToNull(party.title()),
                blankToNull(party.vatId()),
                null,
                null,
                null);
    }

    static boolean hasAddress(Party party) {
        return hasText(party.street()) || hasText(party.zip()) || hasText(party.city());
    }

    static String countryCode(Party party) {
        return hasText(party.country()) ? party.country().strip().toUpperCase(Locale.ROOT) : HOME_COUNTRY;
    }

    static AddressSave address(String contactId, Party party, String countryId) {
        return new AddressSave(
                Ref.of("Contact", contactId),
                blankToNull(party.street()),
                blankToNull(party.zip()),
                blankToNull(party.city()),
                Ref.of("StaticCountry", countryId),
                Ref.of("Category", ADDRESS_CATEGORY));
    }

    /** An e-mail address or phone number; filed as "work" for a company, "private" for a person. */
    static CommunicationWaySave communicationWay(
            String contactId, Party party, String type, String value, boolean main) {
        String key = hasText(party.companyName()) ? KEY_WORK : KEY_PRIVATE;
        return new CommunicationWaySave(
                Ref.of("Contact", contactId), type, value.strip(), Ref.of("CommunicationWayKey", key), main);
    }

    /** What sevdesk needs to create the invoice besides the document. */
    record InvoiceContext(String contactId, String contactPersonId, String countryId, boolean update2, Tax tax) {}

    static InvoiceSave invoice(Document doc, InvoiceContext ctx) {
        Integer timeToPay = doc.dueDate() == null
                ? null
                : (int) Math.max(0, ChronoUnit.DAYS.between(doc.issueDate(), doc.dueDate()));
        InvoiceSave.Head head = new InvoiceSave.Head(
                "Invoice",
                true,
                doc.number(),
                Ref.of("Contact", ctx.contactId()),
                Ref.of("SevUser", ctx.contactPersonId()),
                DATE.format(doc.issueDate()),
                doc.deliveryDate() == null ? null : DATE.format(doc.deliveryDate()),
                "Rechnung " + doc.number(),
                addressBlock(doc.party()),
                ctx.countryId() == null ? null : Ref.of("StaticCountry", ctx.countryId()),
                DRAFT,
                "RE",
                doc.currency(),
                0,
                timeToPay,
                true,
                Tax.SMALL_BUSINESS.equals(ctx.tax()),
                ctx.update2() ? Ref.of("TaxRule", ctx.tax().rule()) : null,
                ctx.update2() ? null : ctx.tax().type(),
                ctx.tax().text());
        List<InvoiceSave.Position> positions = new ArrayList<>();
        for (int i = 0; i < doc.lines().size(); i++) {
            LineItem line = doc.lines().get(i);
            positions.add(new InvoiceSave.Position(
                    "InvoicePos",
                    true,
                    line.quantity(),
                    line.unitPrice(),
                    line.description(),
                    line.taxRate(),
                    Ref.of("Unity", unity(line.unit())),
                    i));
        }
        return new InvoiceSave(head, positions);
    }

    /**
     * The VAT treatment: §19 for a small business; otherwise standard when any position carries VAT or the
     * customer is in Germany, tax-free intra-EU for an EU customer, and not taxable in Germany for anyone else.
     */
    static Tax tax(Document doc, boolean smallBusiness) {
        if (smallBusiness) {
            return Tax.SMALL_BUSINESS;
        }
        boolean chargesVat =
                doc.lines().stream().anyMatch(line -> line.taxRate().signum() > 0);
        String country = doc.party() == null ? HOME_COUNTRY : countryCode(doc.party());
        if (chargesVat || HOME_COUNTRY.equals(country)) {
            return Tax.STANDARD;
        }
        return EU.contains(country) ? Tax.INTRA_EU : Tax.NOT_TAXABLE_HERE;
    }

    /** What sevdesk needs to save a receipt besides the document. */
    record VoucherContext(String filename, String account, boolean update2, boolean smallBusiness, boolean draft) {}

    /**
     * A receipt (an expense) as a voucher, one position per line on the booking account. A small business cannot
     * deduct input VAT: its positions carry the gross amount at 0 % under rule 10.
     */
    static VoucherSave voucher(Document doc, VoucherContext ctx) {
        Tax tax = ctx.smallBusiness() ? Tax.SMALL_BUSINESS_EXPENSE : Tax.EXPENSE;
        VoucherSave.Head head = new VoucherSave.Head(
                "Voucher",
                true,
                DATE.format(doc.issueDate()),
                doc.party() == null ? null : doc.party().displayName(),
                doc.number(),
                ctx.draft() ? 50 : 100,
                "C",
                "VOU",
                doc.currency(),
                ctx.update2() ? Ref.of("TaxRule", tax.rule()) : null,
                ctx.update2() ? null : tax.type());
        Ref account = ctx.update2() ? Ref.of("AccountDatev", ctx.account()) : Ref.of("AccountingType", ctx.account());
        List<VoucherSave.Position> positions = new ArrayList<>();
        for (LineItem line : doc.lines()) {
            BigDecimal net = ctx.smallBusiness()
                    ? line.netAmount().add(Money.tax(line.netAmount(), line.taxRate()))
                    : line.netAmount();
            positions.add(new VoucherSave.Position(
                    "VoucherPos",
                    true,
                    ctx.update2() ? account : null,
                    ctx.update2() ? null : account,
                    ctx.smallBusiness() ? BigDecimal.ZERO : line.taxRate(),
                    true,
                    net,
                    line.description()));
        }
        return new VoucherSave(head, positions, ctx.filename());
    }

    /** Hours become sevdesk's "Std", everything else "Stk". */
    static String unity(String unit) {
        return unit != null && HOURS.contains(unit.strip().toLowerCase(Locale.ROOT)) ? UNITY_HOUR : UNITY_PIECE;
    }

    /** The recipient block printed on the invoice. */
    static String addressBlock(Party party) {
        if (party == null) {
            return null;
        }
        String person = Stream.of(party.title(), party.firstName(), party.lastName())
                .filter(SevdeskMapper::hasText)
                .map(String::strip)
                .collect(Collectors.joining(" "));
        String place = Stream.of(party.zip(), party.city())
                .filter(SevdeskMapper::hasText)
                .map(String::strip)
                .collect(Collectors.joining(" "));
        return Stream.of(party.companyName(), person, party.street(), place)
                .filter(SevdeskMapper::hasText)
                .map(String::strip)
                .collect(Collectors.joining("\n"));
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return hasText(value) ? value.strip() : null;
    }
}
