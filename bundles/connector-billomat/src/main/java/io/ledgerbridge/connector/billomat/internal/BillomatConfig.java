package io.ledgerbridge.connector.billomat.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The settings of a Billomat account (connection): an export account sends documents into Billomat, an import
 * account brings Billomat's invoices in. Names follow the Billomat forms partners know.
 */
@ObjectClassDefinition(id = BillomatType.PID, name = "Billomat",
        description = "Sends documents into Billomat (as invoices or inbox documents) or imports Billomat invoices.")
public @interface BillomatConfig {
    @AttributeDefinition(name = "Account name", description = "A name for this account, unique among your Billomat "
            + "accounts, e.g. \"Billomat Buchhaltung\".")
    String name();

    @AttributeDefinition(name = "Note", description = "Your own note about this account.", required = false)
    String note() default "";

    @AttributeDefinition(name = "Account type", description = "Export sends documents into Billomat; import brings "
            + "Billomat's invoices into Ledgerbridge.",
            options = {@Option(label = "Export", value = "export"), @Option(label = "Import", value = "import")})
    String role() default "export";

    @AttributeDefinition(name = "Active", description = "Transfer documents. Switch on once the connection test "
            + "succeeds. Switching off stops it: queued transfers wait, and documents issued while it is off can be "
            + "sent later with a backfill.")
    boolean active() default false;

    @AttributeDefinition(name = "Billomat ID", description = "The part before .billomat.net in your browser's "
            + "address bar when you are signed in to Billomat, e.g. meinefirma for meinefirma.billomat.net.")
    String billomatId();

    @AttributeDefinition(name = "API key", type = AttributeType.PASSWORD, description = "In Billomat: Einstellungen "
            + "> API-Zugriff, activate the API access, then \"API-Schlüssel anzeigen\". Stored encrypted.")
    String apiKey();

    @AttributeDefinition(name = "App ID", required = false, description = "Optional: the X-AppId of an app registered "
            + "with Billomat. With the app secret it raises the limit from 300 to 1000 requests per 15 minutes.")
    String appId() default "";

    @AttributeDefinition(name = "App secret", type = AttributeType.PASSWORD, required = false,
            description = "Optional: the X-AppSecret of the registered app. Stored encrypted.")
    String appSecret() default "";

    @AttributeDefinition(name = "Base URL (advanced)", description = "Where the Billomat API is; {billomatId} is "
            + "replaced by the Billomat ID. Change it only for a test system.")
    String baseUrl() default BillomatType.DEFAULT_BASE_URL;

    @AttributeDefinition(name = "Export target", description = "Export: what a document becomes in Billomat. "
            + "Invoice: the customer and a completed invoice with its items (numbered as in Ledgerbridge; a payment "
            + "marks it paid). Inbox document: its PDF or e-invoice file in Billomat's inbox.",
            options = {@Option(label = "Invoice", value = "INVOICE"),
                @Option(label = "Inbox document", value = "INBOX_DOCUMENT")})
    String target() default "INVOICE";

    @AttributeDefinition(name = "Send when", description = "Export: which events send a document. Payments of "
            + "exported invoices follow on their own.",
            options = {@Option(label = "Finalized", value = "FINALIZED"), @Option(label = "Approved", value = "APPROVED"),
                @Option(label = "Sent", value = "SENT"), @Option(label = "Paid", value = "PAID")})
    String[] triggers() default {"FINALIZED"};

    @AttributeDefinition(name = "Document types", required = false, description = "Export: only these types "
            + "(none selected: all).",
            options = {@Option(label = "Sales invoice", value = "SALES_INVOICE"),
                @Option(label = "Credit note", value = "CREDIT_NOTE"), @Option(label = "Receipt", value = "RECEIPT"),
                @Option(label = "Other", value = "OTHER")})
    String[] documentTypes();

    @AttributeDefinition(name = "Tags", required = false, description = "Export: only documents with one of these "
            + "tags (none: any document).")
    String[] tags();

    @AttributeDefinition(name = "Approval required", description = "Export: only documents a person approved.")
    boolean approvalRequired() default false;

    @AttributeDefinition(name = "Archive after transfer", description = "Export: archive documents in Ledgerbridge "
            + "(tag \"archived\") once Billomat has them.")
    boolean archiveAfterTransfer() default false;

    @AttributeDefinition(name = "Documents from", required = false, description = "Export: only documents issued on "
            + "or after this date (YYYY-MM-DD).")
    String dateFrom() default "";

    @AttributeDefinition(name = "Documents until", required = false, description = "Export: only documents issued "
            + "on or before this date (YYYY-MM-DD).")
    String dateTo() default "";

    @AttributeDefinition(name = "Sync interval (minutes)", description = "Import: minutes between imports. Export "
            + "accounts send each document as soon as its event happens and need no interval.", min = "1",
            max = "1440")
    int importIntervalMinutes() default 60;

    @AttributeDefinition(name = "Default document type", description = "Import: the type imported invoices get.",
            options = {@Option(label = "Sales invoice", value = "SALES_INVOICE"),
                @Option(label = "Credit note", value = "CREDIT_NOTE"), @Option(label = "Receipt", value = "RECEIPT"),
                @Option(label = "Other", value = "OTHER")})
    String importDocumentType() default "SALES_INVOICE";

    @AttributeDefinition(name = "Default tags", required = false, description = "Import: tags added to every "
            + "imported invoice.")
    String[] importTags();

    @AttributeDefinition(name = "Default company", required = false, description = "Import: the client (tenant id) "
            + "imported invoices belong to; empty for this account's own tenant.")
    String importTenant() default "";
}
