package io.ledgerbridge.connector.zenvoices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.TestResult;
import io.ledgerbridge.sandbox.ZenvoicesPermission;
import io.ledgerbridge.sandbox.ZenvoicesSimulator;
import org.junit.jupiter.api.Test;

/** The connection test checks every prerequisite the Banqup articles list, each with its own message. */
class ConnectionTestTest extends SimulatorFixture {
    private static final String TENANCY = ZenvoicesSimulator.SANDBOX_TENANCY;
    private static final String USER = ZenvoicesSimulator.SANDBOX_USER;

    @Test
    void aWorkingConnectionNamesItsCompany() {
        TestResult result = connector().test(context);
        assertTrue(result.ok(), result.message());
        assertEquals(
                "Connected to Zenvoices as 'api@sandbox.test' in organisation 'SANDBOX': documents go to the "
                        + "inbox of company ACME (ACME B.V.).",
                result.message());
    }

    @Test
    void wrongCredentialsAreAnAuthenticationError() {
        TestResult result = failedTest(connector().test(context("wrong")), FailureKind.AUTH);
        assertEquals(
                "Zenvoices did not accept the user name 'api@sandbox.test' or its password in organisation "
                        + "'SANDBOX': correct the User name and Password settings, then test the connection",
                result.message());
    }

    @Test
    void anUnknownOrganizationCodeIsAConfigurationError() {
        ZenvoicesSettings unknown = new ZenvoicesSettings(zenvoices.baseUrl(), USER, "NOSUCHORG", "ACME");
        TestResult result = failedTest(connector(unknown).test(context), FailureKind.CONFIGURATION);
        assertEquals(
                "Zenvoices knows no organisation with the code 'NOSUCHORG': enter the Organization code as you "
                        + "enter it when signing in to Zenvoices",
                result.message());
    }

    @Test
    void aMissingCompaniesListPermissionSaysWhereToGrantIt() {
        zenvoices.setPermissions(TENANCY, USER, ZenvoicesPermission.INBOX);
        TestResult result = failedTest(connector().test(context), FailureKind.PERMISSION);
        assertEquals(
                "the Zenvoices user 'api@sandbox.test' lacks the permission API > Companies > List access: "
                        + "grant it in Zenvoices: Manage > Organisation > Users, the list icon next to the user, then test "
                        + "the connection",
                result.message());
    }

    @Test
    void aMissingInboxPermissionSaysWhereToGrantIt() {
        zenvoices.setPermissions(TENANCY, USER, ZenvoicesPermission.COMPANIES_LIST);
        TestResult result = failedTest(connector().test(context), FailureKind.PERMISSION);
        assertEquals(
                "the Zenvoices user 'api@sandbox.test' lacks the permission API > Inbox access: grant it in "
                        + "Zenvoices: Manage > Organisation > Users, the list icon next to the user, then test the connection",
                result.message());
    }

    @Test
    void bothMissingPermissionsAreNamedAtOnce() {
        zenvoices.setPermissions(TENANCY, USER);
        TestResult result = failedTest(connector().test(context), FailureKind.PERMISSION);
        assertTrue(
                result.message()
                        .contains("lacks the permissions API > Companies > List access and API > Inbox "
                                + "access: grant them"),
                result.message());
    }

    @Test
    void anUnknownCompanyCodeIsNamedWithTheCompaniesThatExist() {
        TestResult result = failedTest(connector(settings("GAMMA")).test(context), FailureKind.CONFIGURATION);
        assertEquals(
                "Zenvoices has no company with the code 'GAMMA' that user 'api@sandbox.test' may see; the "
                        + "companies are: ACME (ACME B.V.), BETA (Beta Holding B.V.). Check the code in Zenvoices under "
                        + "Manage > Organisation > Companies",
                result.message());
    }

    @Test
    void aCompanyCodeDifferingInCaseOnlyIsTheCompany() {
        assertTrue(connector(settings("beta")).test(context).message().contains("company BETA (Beta Holding B.V.)"));
    }

    @Test
    void anInactiveCompanyIsAConfigurationError() {
        zenvoices.addAdministration(TENANCY, "OLD", "Old B.V.", false);
        TestResult result = failedTest(connector(settings("OLD")).test(context), FailureKind.CONFIGURATION);
        assertTrue(
                result.message()
                        .startsWith("the Zenvoices company OLD (Old B.V.) is inactive: activate it in "
                                + "Zenvoices under Manage > Organisation > Companies"),
                result.message());
    }

    @Test
    void aTwoFactorLoginIsAConfigurationErrorThatSaysSo() {
        zenvoices.setTwoFactor(TENANCY, USER, true);
        TestResult result = failedTest(connector().test(context), FailureKind.CONFIGURATION);
        assertTrue(
                result.message()
                        .contains("signs in with two-factor verification, which a connection cannot " + "answer"),
                result.message());
    }

    @Test
    void aLockedOutUserIsToldToWait() {
        for (int i = 0; i < 5; i++) {
            connector().test(context("wrong"));
        }
        TestResult result = failedTest(connector().test(context), FailureKind.AUTH);
        assertTrue(
                result.message()
                        .startsWith("Zenvoices locked the user 'api@sandbox.test' out after too many "
                                + "failed sign-ins: wait five minutes"),
                result.message());
    }

    @Test
    void noPasswordAndNoCompanyCodeAreConfigurationErrors() {
        assertEquals(FailureKind.CONFIGURATION, connector().test(context(null)).kind());
        TestResult noCode = failedTest(connector(settings("")).test(context), FailureKind.CONFIGURATION);
        assertTrue(noCode.message().startsWith("no company code is set"), noCode.message());
        assertFalse(noCode.ok());
    }

    @Test
    void anUnreachableZenvoicesIsUnavailable() {
        zenvoices.control().inject(io.ledgerbridge.sandbox.Fault.status(503).onExactPath(LOGIN));
        TestResult result = failedTest(connector().test(context), FailureKind.UNAVAILABLE);
        assertTrue(result.message().startsWith("Zenvoices unreachable (server error)"), result.message());
    }
}
