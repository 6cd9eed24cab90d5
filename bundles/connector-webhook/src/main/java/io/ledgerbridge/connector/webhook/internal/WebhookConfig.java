package io.ledgerbridge.connector.webhook.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of a webhook connection. */
@ObjectClassDefinition(
        id = WebhookType.PID,
        name = "Webhook",
        description = "Sends each document as JSON to an HTTPS endpoint of your own.")
public @interface WebhookConfig {

    @AttributeDefinition(
            name = "Endpoint URL",
            description =
                    "Where documents are POSTed, e.g. https://erp.example.com/hooks/ledgerbridge. "
                            + "A GET with ?idempotencyKey= must answer 200 with {\"id\"} for a document already received, else 404.")
    String url();

    @AttributeDefinition(
            name = "Signing secret",
            type = AttributeType.PASSWORD,
            required = false,
            description = "When set, each request carries X-Ledgerbridge-Signature: sha256=<HMAC of the body>.")
    String signingSecret() default "";

    @AttributeDefinition(
            name = "Timeout (seconds)",
            description = "How long to wait for the endpoint's answer.",
            min = "1",
            max = "300")
    int timeoutSeconds() default 30;

    @AttributeDefinition(
            name = "Requests per second",
            description = "The most the endpoint should receive.",
            min = "1",
            max = "10000")
    int requestsPerSecond() default 50;

    @AttributeDefinition(name = "Parallel requests", description = "Requests in flight at once.", min = "1", max = "64")
    int concurrency() default 4;
}
