package io.ledgerbridge.connector.onecockpit.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of a OneCockpit connection: only the connector's own. The partner enters the OneCockpit login, as
 * in invoiz's "Authentifizieren"; saving exchanges it for an API token, which is stored (encrypted) instead of the
 * password ({@link OneCockpitType#exchangeCredentials}).
 */
@ObjectClassDefinition(
        id = OneCockpitType.PID,
        name = "OneCockpit",
        description = "Shows your invoices, open or paid, with your customers in OneCockpit.")
public @interface OneCockpitConfig {

    @AttributeDefinition(
            name = "OneCockpit user",
            description = "The user (e-mail address) you sign in to OneCockpit with. The connection authenticates "
                    + "with it once and then works with the API token OneCockpit issues.")
    String user();

    @AttributeDefinition(
            name = "OneCockpit password",
            type = AttributeType.PASSWORD,
            required = false,
            description = "That user's OneCockpit password. Saving authenticates with it once and keeps only the API "
                    + "token OneCockpit issues; the password is not stored. Enter it again to authenticate again.")
    String password();

    @AttributeDefinition(
            name = "OneCockpit API token (advanced)",
            type = AttributeType.PASSWORD,
            required = false,
            description = "Set when you authenticate; stored encrypted. Paste a token here only if OneCockpit gave "
                    + "you one directly.")
    String apiToken();

    @AttributeDefinition(
            name = "OneCockpit address (advanced)",
            description = "Only change this for testing with the OneCockpit simulator.")
    String baseUrl() default OneCockpitType.DEFAULT_BASE_URL;
}
