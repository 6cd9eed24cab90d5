package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.connector.kit.ConnectorException;
import io.ledgerbridge.connector.zenvoices.internal.dto.Administration;
import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.Outcome;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every message a partner reads about a Zenvoices connection, in one place: each problem the Banqup articles list
 * gets its own words and says where in Zenvoices to fix it. Test and export use the same, so a paused connection
 * shows what the connection test would have said.
 */
final class ZenvoicesMessages {
    static final String USERS = "in Zenvoices: Manage > Organisation > Users, the list icon next to the user";
    static final String COMPANIES = "Manage > Organisation > Companies";
    static final String COMPANIES_LIST = "API > Companies > List access";
    static final String INBOX = "API > Inbox access";
    /** Companies named at most when a company code is not found. */
    static final int MAX_LISTED = 20;

    private ZenvoicesMessages() {}

    static Failure noPassword() {
        return new Failure(
                FailureKind.CONFIGURATION,
                "no Zenvoices password is set: enter the password of the "
                        + "Zenvoices user in the connection's settings");
    }

    static Failure noCompanyCode() {
        return new Failure(
                FailureKind.CONFIGURATION,
                "no company code is set: enter the code of the company whose "
                        + "inbox receives the documents (in Zenvoices: " + COMPANIES + ")");
    }

    static Failure twoFactor(ZenvoicesSettings s) {
        return new Failure(
                FailureKind.CONFIGURATION,
                "the Zenvoices user '" + s.userName() + "' signs in with "
                        + "two-factor verification, which a connection cannot answer: switch it off for this user or use a "
                        + "user for API access only (not billed), " + USERS);
    }

    /** ABP's reason for a refused login (the {@code details} of "Login failed!"), in the partner's words. */
    static Failure loginRefused(String reason, ZenvoicesSettings s) {
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.startsWith("there is no tenant defined")) {
            return new Failure(
                    FailureKind.CONFIGURATION,
                    "Zenvoices knows no organisation with the code '"
                            + s.organizationCode()
                            + "': enter the Organization code as you enter it when signing in to "
                            + "Zenvoices");
        }
        if (lower.contains("invalid user name or password")) {
            return new Failure(
                    FailureKind.AUTH,
                    "Zenvoices did not accept the user name '" + s.userName()
                            + "' or its password in organisation '" + s.organizationCode()
                            + "': correct the User name and "
                            + "Password settings, then test the connection");
        }
        if (lower.contains("locked out")) {
            return new Failure(
                    FailureKind.AUTH,
                    "Zenvoices locked the user '" + s.userName() + "' out after too "
                            + "many failed sign-ins: wait five minutes, make sure the Password setting is right, then test "
                            + "the connection (Zenvoices: " + reason + ")");
        }
        if (lower.startsWith("tenant") && lower.contains("not active")) {
            return new Failure(
                    FailureKind.CONFIGURATION,
                    "the Zenvoices organisation '" + s.organizationCode() + "' is not active (Zenvoices: " + reason
                            + ")");
        }
        return new Failure(
                FailureKind.AUTH,
                "Zenvoices refused the sign-in of user '" + s.userName() + "': " + reason + "; check the user "
                        + USERS);
    }

    static Failure missingPermissions(ZenvoicesSettings s, List<String> permissions) {
        boolean several = permissions.size() > 1;
        return new Failure(
                FailureKind.PERMISSION,
                "the Zenvoices user '" + s.userName() + "' lacks the permission"
                        + (several ? "s " : " ") + String.join(" and ", permissions) + ": grant "
                        + (several ? "them " : "it ")
                        + USERS + ", then test the connection");
    }

    static Failure companyNotFound(ZenvoicesSettings s, List<Administration> listed) {
        if (listed.isEmpty()) {
            return new Failure(
                    FailureKind.CONFIGURATION,
                    "the Zenvoices user '" + s.userName() + "' may see no "
                            + "company at all, so the company code '" + s.companyCode()
                            + "' cannot be found: give the user "
                            + "access to the company " + USERS);
        }
        String shown =
                listed.stream().limit(MAX_LISTED).map(Administration::shown).collect(Collectors.joining(", "))
                        + (listed.size() > MAX_LISTED ? " and " + (listed.size() - MAX_LISTED) + " more" : "");
        return new Failure(
                FailureKind.CONFIGURATION,
                "Zenvoices has no company with the code '" + s.companyCode()
                        + "' that user '" + s.userName() + "' may see; the companies are: " + shown
                        + ". Check the code in "
                        + "Zenvoices under " + COMPANIES);
    }

    static Failure companyInactive(Administration company) {
        return new Failure(
                FailureKind.CONFIGURATION,
                "the Zenvoices company " + company.shown() + " is inactive: " + "activate it in Zenvoices under "
                        + COMPANIES + ", or enter the code of another company");
    }

    static Failure companyGone(ZenvoicesSettings s) {
        return new Failure(
                FailureKind.CONFIGURATION,
                "Zenvoices no longer knows the company with the code '" + s.companyCode()
                        + "': check the code in Zenvoices under " + COMPANIES);
    }

    static String connected(ZenvoicesSettings s, Administration company) {
        return "Connected to Zenvoices as '" + s.userName() + "' in organisation '" + s.organizationCode()
                + "': documents go to the inbox of company " + company.shown() + ".";
    }

    /** The one place that turns a failure of a Zenvoices call into what the engine and the partner see. */
    static Failure of(Step step, ConnectorException e, ZenvoicesSettings s) {
        Outcome.Failed typed = e.toOutcome();
        FailureKind kind = typed.kind();
        String message =
                switch (e.kind()) {
                    case AUTH ->
                        step == Step.LOGIN
                                ? "Zenvoices refused the sign-in of user '" + s.userName() + "': " + e.getMessage()
                                : "Zenvoices refused the sign-in token of user '" + s.userName() + "' right "
                                        + "after signing in again; check that the user is active and may use the API, "
                                        + USERS + " ("
                                        + e.getMessage() + ")";
                    case PERMISSION ->
                        step == Step.LOGIN
                                ? "Zenvoices refused the sign-in of user '" + s.userName()
                                        + "' for lack of a permission; check the user " + USERS + " (" + e.getMessage()
                                        + ")"
                                : missingPermissions(s, List.of(step == Step.COMPANIES ? COMPANIES_LIST : INBOX))
                                        .getMessage();
                    case NOT_FOUND ->
                        step == Step.UPLOAD || step == Step.INBOX
                                ? companyGone(s).getMessage()
                                : wrongAddress(s, e);
                    case CONFIGURATION -> wrongAddress(s, e);
                    case VALIDATION ->
                        "Zenvoices rejected " + (step == Step.UPLOAD ? "the document: " : "the request: ")
                                + e.getMessage();
                    case RATE_LIMIT -> "Zenvoices asks to slow down: " + e.getMessage();
                    case TRANSPORT -> "Zenvoices unreachable: " + e.getMessage();
                    case PROTOCOL ->
                        e.httpStatus() >= 500
                                ? "Zenvoices unreachable (server error): " + e.getMessage()
                                : e.getMessage();
                };
        if (e.kind() == ConnectorException.Kind.NOT_FOUND) {
            kind = FailureKind.CONFIGURATION; // a company or an address that is not there: a setting to fix
        }
        return new Failure(new Outcome.Failed(kind, message, typed.retryAfter(), typed.rateLimit()));
    }

    private static String wrongAddress(ZenvoicesSettings s, ConnectorException e) {
        return "the Zenvoices address " + s.baseUrl() + " (advanced setting) does not answer like Zenvoices: "
                + e.getMessage();
    }
}
