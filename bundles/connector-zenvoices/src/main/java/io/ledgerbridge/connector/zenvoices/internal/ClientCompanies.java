package io.ledgerbridge.connector.zenvoices.internal;

import io.ledgerbridge.connector.zenvoices.internal.dto.Administration;
import io.ledgerbridge.model.spi.TestResult;
import java.util.List;
import java.util.Map;

/**
 * The company codes of a batch of clients, checked with the partner's sign-in against one list of the companies it
 * may see, so that adding dozens of clients costs one sign-in and one list. A client that signs in as another user
 * is left to its connection test.
 */
final class ClientCompanies {
    private ClientCompanies() {}

    static List<TestResult> check(Session partner, ZenvoicesClient client, List<Map<String, Object>> clients) {
        List<Administration> listed;
        try {
            listed = partner.call(Step.COMPANIES, client::administrations);
        } catch (Failure f) {
            TestResult refused = f.toTestResult();
            return clients.stream().map(c -> refused).toList();
        }
        return clients.stream()
                .map(c -> check(partner.settings(), settingsOf(c), listed))
                .toList();
    }

    private static TestResult check(ZenvoicesSettings partner, ZenvoicesSettings own, List<Administration> listed) {
        if (!own.baseUrl().equals(partner.baseUrl())
                || !own.userName().equals(partner.userName())
                || !own.organizationCode().equals(partner.organizationCode())) {
            return TestResult.success("it signs in to Zenvoices as '" + own.userName() + "' of its own, so its company "
                    + "code is checked by its connection test once added");
        }
        if (own.companyCode().isEmpty()) {
            return ZenvoicesMessages.noCompanyCode().toTestResult();
        }
        Administration company = Companies.match(listed, own.companyCode());
        if (company == null) {
            return ZenvoicesMessages.companyNotFound(own, listed).toTestResult();
        }
        if (!company.active()) {
            return ZenvoicesMessages.companyInactive(company).toTestResult();
        }
        return TestResult.success("documents will go to the inbox of the Zenvoices company " + company.shown() + ".");
    }

    private static ZenvoicesSettings settingsOf(Map<String, Object> settings) {
        return new ZenvoicesSettings(
                text(settings, ZenvoicesType.BASE_URL),
                text(settings, ZenvoicesType.USER_NAME),
                text(settings, ZenvoicesType.ORGANIZATION_CODE),
                text(settings, ZenvoicesType.COMPANY_CODE));
    }

    private static String text(Map<String, Object> settings, String key) {
        Object v = settings.get(key);
        return v == null ? null : v.toString();
    }
}
