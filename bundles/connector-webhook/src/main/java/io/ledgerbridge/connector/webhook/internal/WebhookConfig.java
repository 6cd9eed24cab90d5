package io.ledgerbridge.connector.webhook.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The settings of a webhook connection. */
@ObjectClassDefinition(id = WebhookType.PID, name = "Webhook",
        description = "Sends each document as JSON to an HTTPS endpoint of your own.")
public @interface WebhookConfig {
    @AttributeDefinition(name = "Name", description = "A name for this connection, e.g. \"Data warehouse\".", required = false)
    String name() default "Webhook";

    @AttributeDefinition(name = "Active", description = "Send documents. Switching off stops it: queued "
            + "transfers wait, and documents issued while it is off can be sent later with a backfill.")
    boolean active() default false;

    @AttributeDefinition(name = "Send when", description = "Which events send a document.",
            options = {@Option(label = "Finalized", value = "FINALIZED"), @Option(label = "Approved", value = "APPROVED"),
                @Option(label = "Sent", value = "SENT"), @Option(label = "Paid", value = "PAID")})
    String[] triggers() default {"FINALIZED"};

    @AttributeDefinition(name = "Endpoint URL", description = "Where documents are POSTed, e.g. https://erp.example.com/hooks/ledgerbridge. "
            + "A GET with ?idempotencyKey= must answer 200 with {\"id\"} for a document already received, else 404.")
    String url();

    @AttributeDefinition(name = "Signing secret", type = AttributeType.PASSWORD, required = false,
            description = "When set, each request carries X-Ledgerbridge-Signature: sha256=<HMAC of the body>.")
    String signingSecret() default "";

    @AttributeDefinition(name = "Timeout (seconds)", description = "How long to wait for the endpoint's answer.", min = "1", max = "300")
    int timeoutSeconds() default 30;

    @AttributeDefinition(name = "Requests per second", description = "The most the endpoint should receive.", min = "1", max = "10000")
    int requestsPerSecond() default 50;

    @AttributeDefinition(name = "Parallel requests", description = "Requests in flight at once.", min = "1", max = "64")
    int concurrency() default 4;
}
