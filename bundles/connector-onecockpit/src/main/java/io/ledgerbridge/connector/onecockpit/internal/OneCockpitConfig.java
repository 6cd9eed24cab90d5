package io.ledgerbridge.connector.onecockpit.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of a OneCockpit connection: only the connector's own. The partner enters the OneCockpit login, as
 * in invoiz's "Authentifizieren"; the connection exchanges it for an API token kept in memory only.
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
            description = "That user's OneCockpit password. Stored encrypted; used only to obtain an API token "
                    + "(at the first transfer, after a restart, and once when OneCockpit revokes the token).")
    String password();

    @AttributeDefinition(
            name = "OneCockpit address (advanced)",
            description = "Only change this for testing with the OneCockpit simulator.")
    String baseUrl() default OneCockpitType.DEFAULT_BASE_URL;
}
