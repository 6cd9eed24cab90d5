package io.ledgerbridge.sandbox.internal.launch;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Configuration (PID {@code io.ledgerbridge.sandbox}) of the four simulators, started inside Karaf or by
 * {@link io.ledgerbridge.sandbox.SandboxMain} (the same names as {@code key=value} arguments).
 */
@ObjectClassDefinition(
        id = "io.ledgerbridge.sandbox",
        name = "Ledgerbridge sandbox simulators",
        description = "Starts in-memory simulators of sevdesk, Billomat, Zenvoices and OneCockpit for demos and "
                + "tests. Never point production connectors at them.")
public @interface SandboxConfig {

    @AttributeDefinition(name = "Host", description = "Interface the simulators listen on; 0.0.0.0 for all.")
    String host() default "127.0.0.1";

    @AttributeDefinition(
            name = "sevdesk port",
            description = "TCP port of the sevdesk simulator; 0 picks a free " + "port, -1 disables it.",
            min = "-1",
            max = "65535")
    int sevdesk_port() default 8281;

    @AttributeDefinition(
            name = "Billomat port",
            description = "TCP port of the Billomat simulator; 0 picks a free " + "port, -1 disables it.",
            min = "-1",
            max = "65535")
    int billomat_port() default 8282;

    @AttributeDefinition(
            name = "Zenvoices port",
            description = "TCP port of the Zenvoices simulator; 0 picks a " + "free port, -1 disables it.",
            min = "-1",
            max = "65535")
    int zenvoices_port() default 8283;

    @AttributeDefinition(
            name = "OneCockpit port",
            description =
                    "TCP port of the OneCockpit simulator (assumed " + "API); 0 picks a free port, -1 disables it.",
            min = "-1",
            max = "65535")
    int onecockpit_port() default 8284;

    @AttributeDefinition(
            name = "sevdesk bookkeeping system version",
            description = "What "
                    + "GET /Tools/bookkeepingSystemVersion answers: 2.0 (taxRule, drafts only) or 1.0 (taxType).",
            options = {@Option(label = "2.0", value = "2.0"), @Option(label = "1.0", value = "1.0")})
    String sevdesk_systemVersion() default "2.0";

    @AttributeDefinition(
            name = "Billomat rate-limit window (seconds)",
            description = "Length of the fixed " + "rate-limit windows; the real service uses 900 (15 minutes).",
            min = "1")
    int billomat_windowSeconds() default 900;

    @AttributeDefinition(
            name = "Billomat quota",
            description = "Requests per window without app credentials; " + "the real service allows 300.",
            min = "1")
    int billomat_quota() default 300;

    @AttributeDefinition(
            name = "Billomat app quota",
            description = "Requests per window with X-AppId and " + "X-AppSecret; the real service allows 1000.",
            min = "1")
    int billomat_appQuota() default 1000;

    @AttributeDefinition(
            name = "Zenvoices token lifetime (seconds)",
            description = "expireInSeconds of issued " + "tokens; the real service uses 86400 (one day).",
            min = "1")
    int zenvoices_tokenExpirySeconds() default 86400;

    @AttributeDefinition(
            name = "OneCockpit requests per second",
            description = "Per-key limit of the assumed " + "OneCockpit API before it answers 429 with Retry-After.",
            min = "1")
    int onecockpit_requestsPerSecond() default 10;

    @AttributeDefinition(
            name = "Worker threads",
            description = "HTTP worker threads per simulator.",
            min = "1",
            max = "64")
    int threads() default 8;
}
