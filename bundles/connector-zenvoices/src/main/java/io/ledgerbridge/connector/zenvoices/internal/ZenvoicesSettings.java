package io.ledgerbridge.connector.zenvoices.internal;

import java.util.Locale;

/**
 * The settings a connection needs, read once from the {@link ZenvoicesConfig} (whose annotation holds the defaults).
 * The password is not here: it is stored encrypted and read per call from the connection context.
 *
 * @param baseUrl the server root, without a trailing slash or API path, e.g. https://app.zenvoices.com
 * @param userName the user name or e-mail address the connection signs in as
 * @param organizationCode the organisation code (the login's tenancy name)
 * @param companyCode the code of the company (administration) whose inbox receives the documents; may be empty
 */
record ZenvoicesSettings(String baseUrl, String userName, String organizationCode, String companyCode) {

    ZenvoicesSettings {
        baseUrl = root(baseUrl == null || baseUrl.isBlank() ? ZenvoicesType.DEFAULT_BASE_URL : baseUrl);
        userName = userName == null ? "" : userName.strip();
        organizationCode = organizationCode == null ? "" : organizationCode.strip();
        companyCode = companyCode == null ? "" : companyCode.strip();
    }

    static ZenvoicesSettings of(ZenvoicesConfig config) {
        return new ZenvoicesSettings(
                config.baseUrl(), config.userName(), config.organizationCode(), config.companyCode());
    }

    /** The server root of an address, also when a partner pasted the API's own address (…/public-api/v1). */
    private static String root(String url) {
        String out = url.strip().replaceAll("/+$", "");
        String api = "/public-api/v1";
        if (out.toLowerCase(Locale.ROOT).endsWith(api)) {
            out = out.substring(0, out.length() - api.length()).replaceAll("/+$", "");
        }
        return out;
    }
}
