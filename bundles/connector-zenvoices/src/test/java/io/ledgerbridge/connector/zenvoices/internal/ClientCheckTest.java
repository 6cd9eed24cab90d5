package io.ledgerbridge.connector.zenvoices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ledgerbridge.model.spi.FailureKind;
import io.ledgerbridge.model.spi.TestResult;
import io.ledgerbridge.sandbox.ZenvoicesPermission;
import io.ledgerbridge.sandbox.ZenvoicesSimulator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A partner's batch of clients: each company code checked against one list of the companies its login may see. */
class ClientCheckTest extends SimulatorFixture {

    private static Map<String, Object> client(String companyCode) {
        ZenvoicesSettings s = settings(companyCode);
        Map<String, Object> out = new HashMap<>(Map.of(
                ZenvoicesType.BASE_URL, s.baseUrl(),
                ZenvoicesType.USER_NAME, s.userName(),
                ZenvoicesType.ORGANIZATION_CODE, s.organizationCode()));
        if (companyCode != null) {
            out.put(ZenvoicesType.COMPANY_CODE, companyCode);
        }
        return out;
    }

    @Test
    void eachCodeIsFoundOrNamedWithTheCompaniesThatExistAfterOneSignInAndOneList() {
        List<TestResult> results =
                connector().checkClients(context, List.of(client("BETA"), client("NOPE"), client("acme")));

        assertTrue(results.get(0).ok(), results.get(0).message());
        assertTrue(
                results.get(0).message().contains("company BETA"),
                results.get(0).message());
        assertFalse(results.get(1).ok());
        assertEquals(FailureKind.CONFIGURATION, results.get(1).kind());
        assertTrue(
                results.get(1).message().startsWith("Zenvoices has no company with the code 'NOPE'"),
                results.get(1).message());
        assertTrue(results.get(1).message().contains("ACME"), results.get(1).message());
        assertTrue(
                results.get(2).ok(),
                "a code differing in case only matches: " + results.get(2).message());
        assertEquals(1, logins());
        assertEquals(
                1,
                zenvoices.control().requests().stream()
                        .filter(r -> r.path().startsWith(ZenvoicesClient.API + "/administration/list"))
                        .count());
    }

    @Test
    void aRefusedSignInOrAMissingPermissionFailsEveryClientWithItsMessage() {
        List<TestResult> wrongPassword =
                connector().checkClients(context("wrong"), List.of(client("ACME"), client("BETA")));
        assertTrue(wrongPassword.stream().allMatch(r -> r.kind() == FailureKind.AUTH), wrongPassword.toString());

        zenvoices.setPermissions(
                ZenvoicesSimulator.SANDBOX_TENANCY, ZenvoicesSimulator.SANDBOX_USER, ZenvoicesPermission.INBOX);
        List<TestResult> noList = connector().checkClients(context, List.of(client("ACME")));
        assertEquals(FailureKind.PERMISSION, noList.get(0).kind());
        assertTrue(
                noList.get(0).message().contains("API > Companies > List access"),
                noList.get(0).message());
    }

    @Test
    void aClientSigningInAsAnotherUserIsLeftToItsConnectionTest() {
        Map<String, Object> own = client("NOPE");
        own.put(ZenvoicesType.USER_NAME, "someone@else.test");

        TestResult result = connector().checkClients(context, List.of(own)).get(0);

        assertTrue(result.ok(), result.message());
        assertTrue(result.message().contains("checked by its connection test"), result.message());
    }
}
