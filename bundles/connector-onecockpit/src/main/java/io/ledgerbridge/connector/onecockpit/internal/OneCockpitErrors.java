package io.ledgerbridge.connector.onecockpit.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.kit.ConnectorException.Kind;
import io.ledgerbridge.connector.onecockpit.internal.dto.AccountDto;

/**
 * Every message a partner reads about a OneCockpit connection, in one place: the kit has classified each failure
 * (401 AUTH, 403 PERMISSION, 429 RATE_LIMIT with the wait, 5xx PROTOCOL, other 4xx VALIDATION with OneCockpit's
 * own words); this says, after the step it happened in, what to do about it.
 */
final class OneCockpitErrors {
    static final String AUTHENTICATE_AGAIN = "authenticate again: enter your OneCockpit password in the "
            + "connection's settings and save (only the token OneCockpit issues for it is kept)";
    static final String NO_EMAIL = "the customer has no e-mail address: OneCockpit can only assign invoices by "
            + "e-mail; add it to the customer's contact in the ERP";
    static final String INTERFACES = "Mein Konto > Einstellungen > Schnittstellen";

    /** The calls a connection makes; a failure is worded after the step it happened in. */
    enum Step {
        /** {@code POST /api/v1/auth/token}: the login exchanged for a token. */
        EXCHANGE,
        /** {@code GET /api/v1/account}: the connection test. */
        ACCOUNT,
        /** {@code GET /api/v1/invoices?invoiceNumber=}: after an uncertain attempt, and before a cancellation. */
        LOOKUP,
        /** {@code POST /api/v1/invoices}: the invoice with its customer. */
        UPSERT
    }

    private final String user;
    private final String base;

    OneCockpitErrors(String user, String base) {
        this.user = user;
        this.base = base;
    }

    static String connected(AccountDto account) {
        return "Connected to OneCockpit account " + account.name() + " (" + account.id() + ")";
    }

    static ConnectorException noUser() {
        return new ConnectorException(
                Kind.CONFIGURATION,
                "no OneCockpit user is set: enter the user (e-mail address) you sign in to OneCockpit with in the "
                        + "connection's settings and save");
    }

    static ConnectorException notAuthenticated() {
        return new ConnectorException(
                Kind.CONFIGURATION,
                "the connection is not authenticated with OneCockpit yet: enter your OneCockpit user and password in "
                        + "the connection's settings and save");
    }

    static ConnectorException notAnAddress(String baseUrl) {
        return new ConnectorException(
                Kind.CONFIGURATION,
                "the OneCockpit address " + baseUrl + " (advanced setting) is not an https address: leave it at "
                        + OneCockpitType.DEFAULT_BASE_URL + " or correct it");
    }

    static String cancelledBeforeSent(String number) {
        return "OneCockpit: " + number + " was cancelled before it reached OneCockpit; a cancelled invoice is not "
                + "sent on its own";
    }

    /** The one place that turns a failed OneCockpit call into what the engine and the partner see. */
    ConnectorException explain(Step step, ConnectorException e) {
        String says = " (" + e.getMessage() + ")";
        return switch (e.kind()) {
            case AUTH ->
                advise(
                        e,
                        Kind.AUTH,
                        step == Step.EXCHANGE
                                ? "OneCockpit did not accept the user '" + user + "' or its password: check "
                                        + "both (they are those you sign in to OneCockpit with) and save again" + says
                                : "OneCockpit no longer accepts this connection's API token for user '" + user
                                        + "' (it was revoked, e.g. when the interface was switched off in OneCockpit "
                                        + "or the password changed): " + AUTHENTICATE_AGAIN + says);
            case PERMISSION ->
                advise(
                        e,
                        Kind.PERMISSION,
                        "OneCockpit denied the user '" + user + "' the use of its interfaces: check the user in "
                                + "OneCockpit under " + INTERFACES + says);
            case NOT_FOUND, CONFIGURATION -> advise(e, Kind.CONFIGURATION, wrongAddress() + says);
            case VALIDATION ->
                step == Step.UPSERT
                        ? advise(e, Kind.VALIDATION, rejected(e))
                        : advise(e, Kind.CONFIGURATION, wrongAddress() + says);
            case RATE_LIMIT -> advise(e, Kind.RATE_LIMIT, "OneCockpit asks to slow down" + says);
            case TRANSPORT -> advise(e, Kind.TRANSPORT, "OneCockpit unreachable" + says);
            case PROTOCOL ->
                advise(
                        e,
                        Kind.PROTOCOL,
                        (e.httpStatus() >= 500
                                        ? "OneCockpit unreachable (server error)"
                                        : "OneCockpit " + "answered something unexpected")
                                + says);
        };
    }

    /** A 409 is an invoice number another invoicing tool sent first: the article's warning about two tools. */
    private static String rejected(ConnectorException e) {
        if (e.httpStatus() == 409) {
            return "OneCockpit has this invoice number from another invoicing tool already: invoice numbers must be "
                    + "unique across all tools that send invoices to OneCockpit; give this one another number range in "
                    + "one of them (" + e.getMessage() + ")";
        }
        return "OneCockpit rejected the invoice: " + e.getMessage();
    }

    private String wrongAddress() {
        return "there is no OneCockpit API at " + base + " (advanced setting OneCockpit address): leave it at "
                + OneCockpitType.DEFAULT_BASE_URL + " or correct it";
    }

    private static ConnectorException advise(ConnectorException e, Kind kind, String message) {
        return ConnectorException.builder(kind, message)
                .httpStatus(e.httpStatus())
                .uncertain(e.uncertain())
                .retryAfter(e.retryAfter().orElse(null))
                .rateLimit(e.rateLimit().orElse(null))
                .build();
    }
}
