package io.ledgerbridge.connector.billomat.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The settings of a Billomat account (connection): an export account sends documents into Billomat, an import
 * account brings Billomat's invoices in. Names follow the Billomat forms partners know.
 */
@ObjectClassDefinition(
        id = BillomatType.PID,
        name = "Billomat",
        description = "Sends documents into Billomat (as invoices or inbox documents) or imports Billomat invoices.")
public @interface BillomatConfig {
    @AttributeDefinition(name = "Note", description = "Your own note about this account.", required = false)
    String note() default "";

    @AttributeDefinition(
            name = "Billomat ID",
            description = "The part before .billomat.net in your browser's "
                    + "address bar when you are signed in to Billomat, e.g. meinefirma for meinefirma.billomat.net.")
    String billomatId();

    @AttributeDefinition(
            name = "API key",
            type = AttributeType.PASSWORD,
            description = "In Billomat: Einstellungen "
                    + "> API-Zugriff, activate the API access, then \"API-Schlüssel anzeigen\". Stored encrypted.")
    String apiKey();

    @AttributeDefinition(
            name = "App ID",
            required = false,
            description =
                    "Optional: the X-AppId of an app registered "
                            + "with Billomat. With the app secret it raises the limit from 300 to 1000 requests per 15 minutes.")
    String appId() default "";

    @AttributeDefinition(
            name = "App secret",
            type = AttributeType.PASSWORD,
            required = false,
            description = "Optional: the X-AppSecret of the registered app. Stored encrypted.")
    String appSecret() default "";

    @AttributeDefinition(
            name = "Base URL (advanced)",
            description = "Where the Billomat API is; {billomatId} is "
                    + "replaced by the Billomat ID. Change it only for a test system.")
    String baseUrl() default BillomatType.DEFAULT_BASE_URL;

    @AttributeDefinition(
            name = "Export target",
            description = "Export: what a document becomes in Billomat. "
                    + "Invoice: the customer and a completed invoice with its items (numbered as in Ledgerbridge; a payment "
                    + "marks it paid). Inbox document: its PDF or e-invoice file in Billomat's inbox.",
            options = {
                @Option(label = "Invoice", value = "INVOICE"),
                @Option(label = "Inbox document", value = "INBOX_DOCUMENT")
            })
    String target() default "INVOICE";
}
