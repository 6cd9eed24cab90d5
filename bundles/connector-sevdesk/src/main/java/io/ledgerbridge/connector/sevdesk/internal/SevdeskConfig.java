package io.ledgerbridge.connector.sevdesk.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings of a sevdesk connection, in words a business owner understands. */
@ObjectClassDefinition(
        id = SevdeskType.PID,
        name = "sevdesk",
        description = "Sends your finalized invoices with their customers to your sevdesk account.")
public @interface SevdeskConfig {

    @AttributeDefinition(
            name = "API token",
            type = AttributeType.PASSWORD,
            description = "Your sevdesk API token: 32 characters (digits and a-f). In sevdesk: Verwalten > "
                    + "Erweiterungen > API, reveal it with your password and copy it.")
    String apiToken();

    @AttributeDefinition(
            name = "Customers are filed as",
            description = "The sevdesk contact category of customers this connection creates.",
            options = {
                @Option(label = "Customer (Kunde)", value = "3"),
                @Option(label = "Partner", value = "4"),
                @Option(label = "Prospect (Interessent)", value = "28")
            })
    String contactCategory() default "3";

    @AttributeDefinition(
            name = "After the transfer, mark the invoice as",
            description = "sevdesk keeps new invoices as drafts until they are marked as sent; this records how "
                    + "your customer received it (nothing is sent by sevdesk).",
            options = {
                @Option(label = "Sent as PDF", value = "VPDF"),
                @Option(label = "Printed", value = "VPR"),
                @Option(label = "Sent by post", value = "VP"),
                @Option(label = "Sent by e-mail", value = "VM"),
                @Option(label = "Keep as draft", value = "DRAFT")
            })
    String sendType() default "VPDF";

    @AttributeDefinition(
            name = "Payment account for paid invoices",
            required = false,
            description = "When an invoice is marked paid, book the payment in sevdesk on this payment account "
                    + "(its number in sevdesk; an account without online banking, e.g. Kasse). Leave empty to record "
                    + "payments in sevdesk yourself; the connection test lists the accounts you can use.")
    String checkAccountId() default "";

    @AttributeDefinition(
            name = "Small business (Kleinunternehmer, §19 UStG)",
            description = "Your invoices show no VAT because you use the small-business regulation.")
    boolean smallBusiness() default false;

    @AttributeDefinition(
            name = "Booking account for receipts",
            required = false,
            description =
                    "Receipts and supplier invoices you record are saved in sevdesk as vouchers with their PDF, "
                            + "booked on this account (its id in sevdesk: on sevdesk Update 2.0 an AccountDatev, e.g. "
                            + "'Sonstiger Betriebsbedarf'; ask your tax advisor which one). Leave empty to not transfer receipts.")
    String receiptAccount() default "";

    @AttributeDefinition(
            name = "sevdesk API address (advanced)",
            description = "Only change this for testing with a sevdesk simulator.")
    String baseUrl() default SevdeskType.DEFAULT_BASE_URL;
}
