package io.ledgerbridge.connector.onecockpit.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of a OneCockpit connection: only the connector's own. The platform puts the common settings
 * (tenant, name, active, triggers, document types, ...) in front of them; never declare those here.
 */
@ObjectClassDefinition(
        id = OneCockpitType.PID,
        name = "OneCockpit",
        description = "Sends your finalized documents with their customers to OneCockpit.")
public @interface OneCockpitConfig {

    @AttributeDefinition(
            name = "API token",
            type = AttributeType.PASSWORD,
            description = "In OneCockpit: Settings > API > New token. Stored encrypted.")
    String apiToken();

    @AttributeDefinition(name = "Base URL", description = "The API's address; change it only for a test system.")
    String baseUrl() default OneCockpitType.DEFAULT_BASE_URL;

    @AttributeDefinition(
            name = "Timeout (seconds)",
            description = "How long to wait for an answer of OneCockpit.",
            min = "1",
            max = "300")
    int timeoutSeconds() default 30;
}
